import type {
  DocumentText,
  EntityType,
  ExtractionResult,
  GraphEdge,
  Relation,
  RelationType,
} from '@kg/schema';
import type { IngestOptions, IngestReport } from '../graph-store';
import type { KuzuCatalog } from './kuzu-schema';
import type { KuzuSession } from './kuzu-session';
import { detachDocuments, lookupEntityTypes, removeOrphans } from './graph-writes';
import type { RelationKey } from './graph-writes';
import type { EvidenceFacts } from './relation-aggregates';
import { checkEntityTypes, entityTypeOf, foreignEndpoints, planIngest } from './ingest-plan';
import type { IngestPlan, PlannedDocument } from './ingest-plan';
import { upsertEntities, writeDocuments, writeEvidence, writeMentions } from './ingest-writes';
import { num } from './values';
import { syncEvidenceIndex } from './evidence-index';
import { refreshRelations } from './relation-writes';
import { addDocEvidence } from './doc-evidence';
import { applyDegreeDeltas } from './degrees';
import { writeBulk } from './bulk-load';
import { StoreError } from '../errors';

/** Documents written per set-based step (all inside one transaction). */
export const DEFAULT_INGEST_CHUNK = 500;

export interface WriteEffects {
  /** Entities whose node or degree may have changed. */
  touched: Set<string>;
  deleted: Set<string>;
  /** Relationship edges written (or null: deleted). */
  edges: Map<string, GraphEdge | null>;
  /** Drop the read caches and load them again when next needed (after a bulk load). */
  reload?: boolean;
  /** Entities created or changed (not filled by a bulk load). */
  entitiesWritten?: Set<string>;
}

/** Which documents an ingest wrote, for splitting its report per caller (group-ingest.ts). */
export interface IngestDetail {
  plan: IngestPlan;
  /** Documents written (new or replaced); the others were unchanged. */
  changed: Set<string>;
  replaced: Set<string>;
}

export const emptyEffects = (): WriteEffects => ({
  touched: new Set(),
  deleted: new Set(),
  edges: new Map(),
  entitiesWritten: new Set(),
});

/** Idempotent, transactional ingest (runs inside the session queue). */
export function ingestExtraction(
  session: KuzuSession,
  catalog: KuzuCatalog,
  result: ExtractionResult,
  texts: DocumentText[],
  options: IngestOptions & { chunkSize?: number; inTransaction?: boolean } = {},
): { report: IngestReport; effects: WriteEffects; detail: IngestDetail } {
  const plan = planIngest(result, texts);
  const effects = emptyEffects();
  const report: IngestReport = {
    documents: plan.documents.length,
    unchanged: 0,
    replaced: 0,
    entities: 0,
    relations: 0,
    evidence: 0,
  };
  const stored = new Map<string, string>();
  const docIds = plan.documents.map((d) => d.id);
  for (const r of session.probeOrScan(
    'MATCH (d:Document {id: $x}) RETURN d.id AS id, d.hash AS hash',
    docIds.map((x) => ({ x })),
    () =>
      session.rows(
        'UNWIND $ids AS x MATCH (d:Document {id: x}) RETURN d.id AS id, d.hash AS hash',
        { ids: docIds },
      ),
  )) {
    stored.set(String(r.id), String(r.hash));
  }
  const changed = plan.documents.filter((d) => stored.get(d.id) !== d.hash);
  report.unchanged = plan.documents.length - changed.length;
  report.replaced = changed.filter((d) => stored.has(d.id)).length;
  const detail: IngestDetail = {
    plan,
    changed: new Set(changed.map((d) => d.id)),
    replaced: new Set(changed.filter((d) => stored.has(d.id)).map((d) => d.id)),
  };
  if (!changed.length) {
    options.onProgress?.(plan.documents.length, plan.documents.length);
    return { report, effects, detail };
  }
  const types = lookupEntityTypes(session, [...plan.entities.keys(), ...foreignEndpoints(plan)]);
  checkEntityTypes(plan, types);
  // one map for the hot path (millions of calls in a bulk load); unknown ids throw
  const labels = new Map(types);
  for (const [id, e] of plan.entities) if (!labels.has(id)) labels.set(id, e.type);
  const typeOf = (id: string): EntityType => labels.get(id) ?? entityTypeOf(plan, types, id);
  const all = changed.length === plan.documents.length;
  catalog.ensurePairs(neededPairs(all ? plan.relations.values() : relationsOf(changed), typeOf));
  // Into an empty store everything goes in one step with COPY (each table filled once).
  const bulk = num(session.rows('MATCH (d:Document) RETURN count(*) AS c')[0]?.c) === 0;
  const chunkSize = bulk ? changed.length : Math.max(1, options.chunkSize ?? DEFAULT_INGEST_CHUNK);
  const write = (): void => {
    for (let i = 0; i < changed.length; i += chunkSize) {
      const chunk = changed.slice(i, i + chunkSize);
      const replaced = new Set(chunk.filter((d) => stored.has(d.id)).map((d) => d.id));
      if (bulk) writeBulk(session, { plan, docs: chunk, typeOf }, report, effects);
      else writeChunk(session, { plan, chunk, replaced, typeOf, types }, report, effects);
      options.onProgress?.(report.unchanged + i + chunk.length, plan.documents.length);
    }
  };
  // inside a group commit (group-ingest.ts) the caller owns the transaction; it never bulk-loads
  if (options.inTransaction) {
    if (bulk) throw new StoreError('embedded/ingest', 'a bulk load cannot join a group commit');
    write();
  } else session.transaction(write, { checkpoint: bulk });
  return { report, effects, detail };
}

interface ChunkInput {
  plan: IngestPlan;
  chunk: PlannedDocument[];
  replaced: Set<string>;
  typeOf: (id: string) => EntityType;
  types: Map<string, EntityType>;
}

/** The distinct relations of the documents' evidence. */
function relationsOf(docs: PlannedDocument[]): Set<Relation> {
  const out = new Set<Relation>();
  for (const d of docs) for (const { relation } of d.evidence) out.add(relation);
  return out;
}

/** The distinct (relation type, from label, to label) triples of `relations`. */
function neededPairs(
  relations: Iterable<Relation>,
  typeOf: (id: string) => EntityType,
): Array<{ type: RelationType; from: EntityType; to: EntityType }> {
  const out = new Map<string, { type: RelationType; from: EntityType; to: EntityType }>();
  for (const r of relations) {
    const pair = { type: r.type, from: typeOf(r.source), to: typeOf(r.target) };
    const key = `${pair.type}|${pair.from}|${pair.to}`;
    if (!out.has(key)) out.set(key, pair);
  }
  return [...out.values()];
}

function writeChunk(
  session: KuzuSession,
  input: ChunkInput,
  report: IngestReport,
  effects: WriteEffects,
): void {
  const { plan, chunk, replaced, typeOf, types } = input;
  const old = detachDocuments(session, [...replaced]);
  writeDocuments(session, chunk, replaced);
  const referenced = new Set<string>();
  for (const d of chunk) {
    for (const m of d.mentions) referenced.add(m.entityId);
    for (const e of d.evidence) referenced.add(e.relation.source).add(e.relation.target);
  }
  const written = upsertEntities(session, plan, [...referenced], typeOf);
  report.entities += written.length;
  for (const id of written) effects.entitiesWritten?.add(id);
  for (const id of referenced) if (!types.has(id)) types.set(id, typeOf(id));
  writeMentions(session, chunk, typeOf);
  const keys = new Map<string, RelationKey>();
  for (const r of old.relations) keys.set(r.id, r);
  const evidence = new Map(chunk.flatMap((d) => d.evidence).map((e) => [e.id, e]));
  if (evidence.size) writeEvidence(session, [...evidence.values()]);
  const byDoc = new Map<string, string[]>(chunk.map((d) => [d.id, []]));
  for (const e of evidence.values()) byDoc.get(e.docId)?.push(e.id);
  addDocEvidence(session, byDoc);
  const added = new Map<string, EvidenceFacts[]>();
  for (const e of evidence.values()) {
    keys.set(e.relationId, {
      id: e.relationId,
      source: e.relation.source,
      type: e.relation.type,
      target: e.relation.target,
    });
    const facts = { date: e.date, confidence: e.relation.confidence, negated: e.relation.negated };
    const list = added.get(e.relationId);
    if (list) list.push(facts);
    else added.set(e.relationId, [facts]);
  }
  report.evidence += evidence.size;
  const ids = new Map<string, string[]>();
  for (const e of evidence.values()) {
    const list = ids.get(e.relationId);
    if (list) list.push(e.id);
    else ids.set(e.relationId, [e.id]);
  }
  const indexed = syncEvidenceIndex(session, keys.keys(), ids);
  for (const [id, t] of lookupEntityTypes(
    session,
    old.relations.flatMap((r) => [r.source, r.target]),
  ))
    types.set(id, t);
  const recompute = new Set(old.relations.map((r) => r.id));
  const refreshed = refreshRelations(session, {
    keys: [...keys.values()],
    types,
    props: plan.relations,
    added,
    recompute,
    indexed,
  });
  report.relations += refreshed.written;
  for (const [id, e] of refreshed.edges) effects.edges.set(id, e);
  const deleted = removeOrphans(session, [...old.mentioned, ...refreshed.removedEndpoints]);
  for (const id of deleted) effects.deleted.add(id);
  const alive = new Set([...refreshed.endpoints, ...referenced].filter((id) => !deleted.has(id)));
  applyDegreeDeltas(session, refreshed.degreeDelta, types);
  for (const id of [...alive, ...old.mentioned]) if (!deleted.has(id)) effects.touched.add(id);
}
