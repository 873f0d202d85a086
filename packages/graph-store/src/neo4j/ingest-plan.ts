/**
 * Pure part of ingest: an ExtractionResult plus document texts -> rows for the UNWIND
 * statements, grouped per document batch (one write transaction each). No driver here.
 */
import { createHash } from 'node:crypto';
import {
  ExtractionResultSchema,
  catalogueEntry,
  relationId,
  type DocumentText,
  type EntityType,
  type ExtractionResult,
  type RelationType,
} from '@kg/schema';
import { retypedEntityError, StoreInputError } from '../errors';
import { foldedNames } from './fold-text';

export const DEFAULT_BATCH_DOCUMENTS = 50;

export interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  sentences: number;
  text: string;
  hash: string;
}
export interface EntityRow {
  id: string;
  name: string;
  iso3: string | null;
  aliases: string[];
  /** Name and aliases folded for search (see fold-text.ts). */
  foldedName: string;
  foldedAliases: string[];
  /** Each role as a JSON string, so lists stay homogeneous in Neo4j. */
  roles: string[];
}
export interface MentionRow {
  docId: string;
  entityId: string;
  count: number;
  /** JSON array of { start, end, text, kind, sentence? }. */
  spans: string;
}
export interface EvidenceNodeRow {
  key: string;
  relationId: string;
  source: string;
  target: string;
  type: RelationType;
  docId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  date: string | null;
  highlights: string | null;
  confidence: number;
  negated: boolean;
  modality: string;
  claimant: string | null;
}
export interface RelationRow {
  id: string;
  source: string;
  target: string;
  cameo: string | null;
  quadClass: number | null;
  role: string | null;
}
export interface RelationKey {
  source: string;
  type: RelationType;
  target: string;
}

/** Everything one document contributes, and the hash that says whether it changed. */
export interface DocumentPlan {
  document: DocumentRow;
  entityIds: string[];
  mentions: MentionRow[];
  evidence: EvidenceNodeRow[];
  relations: Array<RelationRow & { type: RelationType }>;
}

export interface IngestBatchPlan {
  documents: DocumentPlan[];
  entitiesByType: Map<EntityType, EntityRow[]>;
}

const SOURCE = 'neo4j/ingest';

type ExtractedEntity = ExtractionResult['entities'][number];

/** One entity per id: repeated entries (merged extractions) pool aliases, roles and mentions. */
export function consolidateEntities(entities: ExtractedEntity[]): Map<string, ExtractedEntity> {
  const byId = new Map<string, ExtractedEntity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, {
        ...e,
        aliases: [...e.aliases],
        mentions: [...e.mentions],
        roles: e.roles && [...e.roles],
      });
      continue;
    }
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
    prev.mentions.push(...e.mentions);
    if (e.roles) prev.roles = [...(prev.roles ?? []), ...e.roles];
    prev.iso3 ??= e.iso3;
  }
  return byId;
}

export function evidenceKey(relId: string, docId: string, sentence: number): string {
  return `${relId}|${docId}|${sentence}`;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Validates and splits an extraction into per-document plans (with content hashes). */
export function planDocuments(result: ExtractionResult, texts: DocumentText[]): DocumentPlan[] {
  const parsed = ExtractionResultSchema.safeParse(result);
  if (!parsed.success)
    throw new StoreInputError(SOURCE, `invalid extraction: ${parsed.error.message}`);
  const textById = new Map(texts.map((t) => [t.id, t]));
  const entities = consolidateEntities(result.entities);
  const plans = new Map<string, DocumentPlan>();
  for (const doc of result.documents) {
    const text = textById.get(doc.id);
    if (!text)
      throw new StoreInputError(SOURCE, `no text given for document ${JSON.stringify(doc.id)}`);
    const row: DocumentRow = {
      id: doc.id,
      title: doc.title ?? text.title ?? null,
      date: doc.date ?? text.date ?? null,
      source: doc.source ?? text.source ?? null,
      sentences: doc.sentences,
      text: text.text,
      hash: '',
    };
    plans.set(doc.id, { document: row, entityIds: [], mentions: [], evidence: [], relations: [] });
  }
  const planOf = (docId: string, what: string): DocumentPlan => {
    const plan = plans.get(docId);
    if (!plan)
      throw new StoreInputError(
        SOURCE,
        `${what} refers to unknown document ${JSON.stringify(docId)}`,
      );
    return plan;
  };

  for (const entity of entities.values()) {
    const byDoc = new Map<string, Array<Record<string, unknown>>>();
    for (const m of entity.mentions) {
      planOf(m.docId, `a mention of ${entity.id}`);
      const spans = byDoc.get(m.docId) ?? [];
      const key = `${m.start}:${m.end}`;
      if (!spans.some((x) => `${x.start}:${x.end}` === key)) {
        spans.push({
          start: m.start,
          end: m.end,
          text: m.text,
          kind: m.kind,
          sentence: m.sentence,
        });
      }
      byDoc.set(m.docId, spans);
    }
    for (const [docId, spans] of byDoc) {
      const plan = planOf(docId, 'a mention');
      plan.entityIds.push(entity.id);
      plan.mentions.push({
        docId,
        entityId: entity.id,
        count: spans.length,
        spans: JSON.stringify(spans),
      });
    }
  }

  for (const rel of result.relations) {
    for (const end of [rel.source, rel.target]) {
      if (!entities.has(end))
        throw new StoreInputError(SOURCE, `relation ${rel.id} refers to unknown entity ${end}`);
    }
    const id = relationId(rel.source, rel.type, rel.target);
    const entry = catalogueEntry(rel.type);
    const relRow = {
      id,
      source: rel.source,
      target: rel.target,
      type: rel.type,
      cameo: rel.cameo ?? entry?.cameo ?? null,
      quadClass: rel.quadClass ?? entry?.quadClass ?? null,
      role: rel.role ?? null,
    };
    const docsWithEvidence = new Set<string>();
    for (const ev of rel.evidence) {
      const plan = planOf(ev.docId, `evidence of ${rel.id}`);
      plan.evidence.push({
        key: evidenceKey(id, ev.docId, ev.sentence),
        relationId: id,
        source: rel.source,
        target: rel.target,
        type: rel.type,
        docId: ev.docId,
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        text: ev.text,
        date: ev.date ?? rel.date ?? plan.document.date,
        highlights: ev.highlights ? JSON.stringify(ev.highlights) : null,
        confidence: rel.confidence,
        negated: rel.negated,
        modality: rel.modality,
        claimant: rel.claimant ?? null,
      });
      if (!docsWithEvidence.has(ev.docId)) {
        docsWithEvidence.add(ev.docId);
        plan.relations.push(relRow);
        plan.entityIds.push(rel.source, rel.target);
      }
    }
  }

  for (const plan of plans.values()) {
    plan.entityIds = [...new Set(plan.entityIds)];
    const { hash: _hash, ...doc } = plan.document;
    // The hash covers the text and everything extracted from it: a new extractor version
    // re-ingesting the same text replaces the document's evidence too.
    plan.document.hash = sha256(JSON.stringify([doc, plan.mentions, plan.evidence]));
  }
  return [...plans.values()];
}

function entityRow(entity: ExtractedEntity): EntityRow {
  const aliases = [...new Set(entity.aliases)];
  return {
    id: entity.id,
    name: entity.name,
    iso3: entity.iso3 ?? null,
    aliases,
    ...foldedNames(entity.name, aliases),
    roles: [...new Set((entity.roles ?? []).map((r) => JSON.stringify(r)))],
  };
}

/**
 * Groups the documents to write into batches; each entity is written with the first batch that
 * needs it. Entities nothing refers to go with the first batch (or a batch of their own).
 */
export function planBatches(
  result: ExtractionResult,
  documents: DocumentPlan[],
  batchSize = DEFAULT_BATCH_DOCUMENTS,
): IngestBatchPlan[] {
  const entities = consolidateEntities(result.entities);
  const referenced = new Set(
    [...entities.values()].filter((e) => e.mentions.length > 0).map((e) => e.id),
  );
  for (const rel of result.relations) referenced.add(rel.source).add(rel.target);
  const written = new Set<string>();
  const batches: IngestBatchPlan[] = [];
  const size = Math.max(1, batchSize);
  for (let i = 0; i < documents.length; i += size) {
    const docs = documents.slice(i, i + size);
    const ids = docs.flatMap((d) => d.entityIds).filter((id) => !written.has(id));
    batches.push({ documents: docs, entitiesByType: groupEntities(ids, entities, written) });
  }
  const unreferenced = [...entities.keys()].filter((id) => !referenced.has(id));
  if (unreferenced.length > 0) {
    if (batches.length === 0) batches.push({ documents: [], entitiesByType: new Map() });
    const extra = groupEntities(unreferenced, entities, written);
    for (const [type, rows] of extra) {
      const list = batches[0].entitiesByType.get(type);
      if (list) list.push(...rows);
      else batches[0].entitiesByType.set(type, rows);
    }
  }
  return batches;
}

function groupEntities(
  ids: string[],
  entities: Map<string, ExtractedEntity>,
  written: Set<string>,
): Map<EntityType, EntityRow[]> {
  const byType = new Map<EntityType, EntityRow[]>();
  for (const id of ids) {
    const entity = entities.get(id);
    if (!entity || written.has(id)) continue;
    written.add(id);
    const list = byType.get(entity.type);
    if (list) list.push(entityRow(entity));
    else byType.set(entity.type, [entityRow(entity)]);
  }
  return byType;
}

/** Distinct relationship keys, grouped by type (the type becomes part of the statement). */
export function groupKeys(keys: RelationKey[]): Map<RelationType, RelationKey[]> {
  const seen = new Set<string>();
  const byType = new Map<RelationType, RelationKey[]>();
  for (const key of keys) {
    const id = relationId(key.source, key.type, key.target);
    if (seen.has(id)) continue;
    seen.add(id);
    const list = byType.get(key.type);
    if (list) list.push(key);
    else byType.set(key.type, [key]);
  }
  return byType;
}

/**
 * Refuse an extraction that gives a stored entity id another type (like the embedded store:
 * an id keeps its first type; nothing is written). `stored`: id -> its type labels in Neo4j.
 * Duplicate records in the extraction: the first type wins.
 */
export function checkStoredTypes(
  entities: ReadonlyArray<{ id: string; type: string }>,
  stored: ReadonlyMap<string, readonly string[]>,
): void {
  const seen = new Set<string>();
  for (const e of entities) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const labels = stored.get(e.id);
    if (labels?.length && !labels.includes(e.type))
      throw retypedEntityError(SOURCE, e.id, labels.join(':'), e.type);
  }
}
