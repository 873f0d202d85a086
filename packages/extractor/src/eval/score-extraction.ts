import type { ExtractionResult } from '@kg/schema';
import { createCanonicalId } from './canonical-ids';
import type { EvalReport } from './eval-report';
import type { Gold } from './gold-schema';
import { scoreEntities } from './score-entities';
import { scoreRelations } from './score-relations';

export interface ScoreOptions {
  /** Score only relations evidenced by this document and entities it mentions or they link. */
  docId?: string;
}

/** Scores an extraction against a gold annotation (rules: corpus/seed-gold.json "about"). */
export function scoreExtraction(
  gold: Gold,
  result: ExtractionResult,
  options: ScoreOptions = {},
): EvalReport {
  const { docId } = options;
  const relations = docId
    ? result.relations.filter((r) => r.evidence.some((e) => e.docId === docId))
    : result.relations;
  const endpoints = new Set(relations.flatMap((r) => [r.source, r.target]));
  const entities = docId
    ? result.entities.filter(
        (e) => e.mentions.some((m) => m.docId === docId) || endpoints.has(e.id),
      )
    : result.entities;
  const canonicalId = createCanonicalId(gold);
  const { section, goldIdOf } = scoreEntities(gold, entities, canonicalId);
  return {
    doc: gold.doc,
    entities: section,
    relations: scoreRelations(gold, relations, result.entities, goldIdOf, canonicalId),
  };
}
