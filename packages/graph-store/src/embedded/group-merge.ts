import type { DocumentText, EntityType, ExtractionResult } from '@kg/schema';
import type { IngestReport } from '../graph-store';
import type { IngestPart } from '../ingest-queue/group';
import { isValidDocumentText, isValidExtraction } from '../input-check';
import type { IngestDetail, WriteEffects } from './ingest';

/** What one merged ingest returns (embedded-store.ts `write`). */
export interface MergedOutcome {
  report: IngestReport;
  effects: WriteEffects;
  detail: IngestDetail;
  /** Documents stored as syndicated copies. */
  copies: Set<string>;
}

/**
 * The parts as one extraction, so every statement of the ingest runs once for the whole group
 * (set-based over all articles) — or null when the parts cannot be merged without changing what
 * a lone ingest of each would store: a document id in two parts (the later one replaces the
 * earlier), an entity id typed differently in two parts (the later one is refused), or a part
 * that fails the input check (it gets its own error from a lone ingest).
 */
export function mergeParts(
  parts: IngestPart[],
): { result: ExtractionResult; texts: DocumentText[] } | null {
  const docs = new Set<string>();
  const types = new Map<string, EntityType>();
  for (const { result, texts, options } of parts) {
    if (!isValidExtraction(result) || !texts.every(isValidDocumentText)) return null;
    // progress callbacks (and their exceptions) belong to a lone ingest
    if (options?.onProgress) return null;
    const own = new Set(result.documents.map((d) => d.id));
    for (const id of own) if (docs.has(id)) return null;
    for (const id of own) docs.add(id);
    for (const e of result.entities) {
      const t = types.get(e.id);
      if (t && t !== e.type) return null;
      types.set(e.id, e.type);
    }
  }
  return {
    result: {
      documents: parts.flatMap((p) => p.result.documents),
      entities: parts.flatMap((p) => p.result.entities),
      relations: parts.flatMap((p) => p.result.relations),
    },
    texts: parts.flatMap((p) => p.texts),
  };
}

/**
 * One part's report out of the merged ingest. Exact for documents, unchanged, replaced,
 * evidence and copies. `relations` and `entities` count the relationships and entities this
 * part's new evidence and mentions wrote: one shared by several parts of the group is counted
 * in each (a lone ingest counts an entity only where it changed it).
 */
export function partReport(part: IngestPart, merged: MergedOutcome): IngestReport {
  const { detail, effects, copies } = merged;
  const ids = new Set(part.result.documents.map((d) => d.id));
  const written = detail.plan.documents.filter((d) => ids.has(d.id) && detail.changed.has(d.id));
  const evidence = new Set<string>();
  const relations = new Set<string>();
  const entities = new Set<string>();
  for (const d of written) {
    for (const m of d.mentions) entities.add(m.entityId);
    for (const e of d.evidence) {
      evidence.add(e.id);
      if (effects.edges.get(e.relationId)) relations.add(e.relationId);
      entities.add(e.relation.source).add(e.relation.target);
    }
  }
  const count = (xs: Iterable<string>, keep: (id: string) => boolean): number =>
    [...xs].filter(keep).length;
  const report: IngestReport = {
    documents: ids.size,
    unchanged: count(ids, (id) => !detail.changed.has(id)),
    replaced: count(ids, (id) => detail.replaced.has(id)),
    entities: count(entities, (id) => effects.entitiesWritten?.has(id) ?? false),
    relations: relations.size,
    evidence: evidence.size,
  };
  const copied = count(ids, (id) => copies.has(id));
  if (copied) report.copies = copied;
  return report;
}
