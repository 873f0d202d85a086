import type { DocumentText, Entity, EntityType, ExtractionResult, GraphEdge, Role } from '@kg/schema';
import type { IngestOptions, IngestReport } from '../graph-store';
import type { KuzuCatalog } from './kuzu-schema';
import { q } from './kuzu-schema';
import type { KuzuSession, Params } from './kuzu-session';
import { detachDocuments, groupByType, lookupEntityTypes, refreshRelations, removeOrphans, updateDegrees } from './graph-writes';
import type { EvidenceFacts, RelationKey } from './graph-writes';
import { entityTypeOf, foreignEndpoints, planIngest } from './ingest-plan';
import type { IngestPlan, PlannedDocument, PlannedEvidence } from './ingest-plan';
import { dbl, encodeDouble, encodeList, encodeOpt, optDate, optStr, strList } from './row-encoding';
import { num } from './values';
import { copyCsv } from './csv-copy';
import type { CsvValue } from './csv-copy';

/** Documents written per set-based step (all inside one transaction). */
export const DEFAULT_INGEST_CHUNK = 500;

export interface WriteEffects {
  /** Entities whose node or degree may have changed. */
  touched: Set<string>;
  deleted: Set<string>;
  /** Relationship edges written (or null: deleted). */
  edges: Map<string, GraphEdge | null>;
}

export const emptyEffects = (): WriteEffects => ({ touched: new Set(), deleted: new Set(), edges: new Map() });

/** Idempotent, transactional ingest (runs inside the session queue). */
export function ingestExtraction(
  session: KuzuSession,
  catalog: KuzuCatalog,
  result: ExtractionResult,
  texts: DocumentText[],
  options: IngestOptions & { chunkSize?: number } = {},
): { report: IngestReport; effects: WriteEffects } {
  const plan = planIngest(result, texts);
  const effects = emptyEffects();
  const report: IngestReport = { documents: plan.documents.length, unchanged: 0, replaced: 0, entities: 0, relations: 0, evidence: 0 };
  const stored = new Map<string, string>();
  const docIds = plan.documents.map((d) => d.id);
  for (const r of session.rows('UNWIND $ids AS x MATCH (d:Document {id: x}) RETURN d.id AS id, d.hash AS hash', { ids: docIds })) {
    stored.set(String(r.id), String(r.hash));
  }
  const changed = plan.documents.filter((d) => stored.get(d.id) !== d.hash);
  report.unchanged = plan.documents.length - changed.length;
  report.replaced = changed.filter((d) => stored.has(d.id)).length;
  if (!changed.length) {
    options.onProgress?.(plan.documents.length, plan.documents.length);
    return { report, effects };
  }
  const types = lookupEntityTypes(session, [...plan.entities.keys(), ...foreignEndpoints(plan)]);
  const typeOf = (id: string): EntityType => entityTypeOf(plan, types, id);
  const needed = changed.flatMap((d) => d.evidence.map((e) => ({ type: e.relation.type, from: typeOf(e.relation.source), to: typeOf(e.relation.target) })));
  catalog.ensurePairs(needed);
  // Into an empty store everything goes in one step with COPY (each table filled once).
  const bulk = num(session.rows('MATCH (d:Document) RETURN count(*) AS c')[0]?.c) === 0;
  const chunkSize = bulk ? changed.length : Math.max(1, options.chunkSize ?? DEFAULT_INGEST_CHUNK);
  session.transaction(() => {
    for (let i = 0; i < changed.length; i += chunkSize) {
      const chunk = changed.slice(i, i + chunkSize);
      const replaced = new Set(chunk.filter((d) => stored.has(d.id)).map((d) => d.id));
      writeChunk(session, { plan, chunk, replaced, typeOf, types, bulk }, report, effects);
      options.onProgress?.(report.unchanged + i + chunk.length, plan.documents.length);
    }
  });
  return { report, effects };
}

interface ChunkInput {
  plan: IngestPlan;
  chunk: PlannedDocument[];
  replaced: Set<string>;
  typeOf: (id: string) => EntityType;
  types: Map<string, EntityType>;
  bulk: boolean;
}

function writeChunk(session: KuzuSession, input: ChunkInput, report: IngestReport, effects: WriteEffects): void {
  const { plan, chunk, replaced, typeOf, types, bulk } = input;
  const old = detachDocuments(session, [...replaced]);
  writeDocuments(session, chunk, replaced);
  const referenced = new Set<string>();
  for (const d of chunk) {
    for (const m of d.mentions) referenced.add(m.entityId);
    for (const e of d.evidence) referenced.add(e.relation.source).add(e.relation.target);
  }
  report.entities += upsertEntities(session, plan, [...referenced], typeOf);
  for (const id of referenced) if (!types.has(id)) types.set(id, typeOf(id));
  writeMentions(session, chunk, typeOf, bulk);
  const keys = new Map<string, RelationKey>();
  for (const r of old.relations) keys.set(r.id, r);
  const evidence = new Map(chunk.flatMap((d) => d.evidence).map((e) => [e.id, e]));
  if (evidence.size) writeEvidence(session, [...evidence.values()], bulk);
  const added = new Map<string, EvidenceFacts[]>();
  for (const e of evidence.values()) {
    keys.set(e.relationId, { id: e.relationId, source: e.relation.source, type: e.relation.type, target: e.relation.target });
    const facts = { date: e.date, confidence: e.relation.confidence, negated: e.relation.negated };
    const list = added.get(e.relationId);
    if (list) list.push(facts);
    else added.set(e.relationId, [facts]);
  }
  report.evidence += evidence.size;
  for (const [id, t] of lookupEntityTypes(session, old.relations.flatMap((r) => [r.source, r.target]))) types.set(id, t);
  const recompute = new Set(old.relations.map((r) => r.id));
  const refreshed = refreshRelations(session, { keys: [...keys.values()], types, props: plan.relations, added, recompute, bulk });
  report.relations += refreshed.written;
  for (const [id, e] of refreshed.edges) effects.edges.set(id, e);
  const deleted = removeOrphans(session, [...old.mentioned, ...refreshed.removedEndpoints]);
  for (const id of deleted) effects.deleted.add(id);
  const alive = new Set([...refreshed.endpoints, ...referenced].filter((id) => !deleted.has(id)));
  updateDegrees(session, alive);
  for (const id of [...alive, ...old.mentioned]) if (!deleted.has(id)) effects.touched.add(id);
}

/** Evidence rows as Evidence nodes (COPY into an empty store, UNWIND ... CREATE otherwise). */
function writeEvidence(session: KuzuSession, list: PlannedEvidence[], bulk: boolean): void {
  const rows = list.map((e) => ({
    id: e.id,
    rid: e.relationId,
    source: e.relation.source,
    type: e.relation.type,
    target: e.relation.target,
    doc: e.docId,
    sentence: e.sentence,
    so: e.start,
    eo: e.end,
    text: e.text,
    date: encodeOpt(e.date),
    highlights: e.highlights,
    conf: encodeDouble(e.relation.confidence),
    neg: e.relation.negated,
    modality: e.relation.modality,
  }));
  if (bulk) {
    const cols = (e: PlannedEvidence): CsvValue[] => [
      e.id, e.relationId, e.relation.source, e.relation.type, e.relation.target, e.docId, e.sentence,
      e.start, e.end, e.text, e.date, e.highlights, e.relation.confidence, e.relation.negated, e.relation.modality,
    ];
    copyCsv(session, 'Evidence', list.map(cols));
    return;
  }
  session.rows(
    'UNWIND $rows AS row CREATE (:Evidence {id: row.id, relationId: row.rid, source: row.source, type: row.type, ' +
      'target: row.target, docId: row.doc, sentence: row.sentence, startOffset: row.so, endOffset: row.eo, text: row.text, ' +
      `date: ${optDate('row.date')}, highlights: row.highlights, confidence: ${dbl('row.conf')}, negated: row.neg, modality: row.modality})`,
    { rows },
  );
}

function writeDocuments(session: KuzuSession, chunk: PlannedDocument[], replaced: Set<string>): void {
  const rows = chunk.map((d) => ({
    id: d.id,
    title: encodeOpt(d.title),
    date: encodeOpt(d.date),
    source: encodeOpt(d.source),
    text: d.text,
    hash: d.hash,
    sentences: d.sentences,
  }));
  const fresh = rows.filter((r) => !replaced.has(r.id));
  const old = rows.filter((r) => replaced.has(r.id));
  const values = `title: ${optStr('row.title')}, date: ${optDate('row.date')}, source: ${optStr('row.source')}, text: row.text, hash: row.hash, sentences: row.sentences`;
  if (fresh.length) session.rows(`UNWIND $rows AS row CREATE (d:Document {id: row.id, ${values}})`, { rows: fresh });
  if (old.length) {
    const set = values.replace(/(\w+): /g, 'd.$1 = ');
    session.rows(`UNWIND $rows AS row WITH row, row.id AS did MATCH (d:Document {id: did}) SET ${set}`, { rows: old });
  }
}

function writeMentions(session: KuzuSession, chunk: PlannedDocument[], typeOf: (id: string) => EntityType, bulk: boolean): void {
  const byType = new Map<EntityType, Params[]>();
  for (const d of chunk) {
    const seen = new Set<string>();
    for (const { entityId, mention: m } of d.mentions) {
      const key = `${entityId}|${m.start}|${m.end}|${m.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = typeOf(entityId);
      const row: Params = { doc: d.id, id: entityId, so: m.start, eo: m.end, text: m.text, kind: m.kind, sn: m.sentence ?? -1 };
      const list = byType.get(t);
      if (list) list.push(row);
      else byType.set(t, [row]);
    }
  }
  for (const [t, rows] of byType) {
    if (bulk) {
      const cols = (r: Params): CsvValue[] => [r.doc, r.id, r.so, r.eo, r.text, r.kind, Number(r.sn) < 0 ? null : r.sn] as CsvValue[];
      copyCsv(session, 'MENTIONS', rows.map(cols), `from='Document', to='${t}'`);
      continue;
    }
    const create =
      `MATCH (d:Document {id: $doc}), (n:${q(t)} {id: $id}) CREATE (d)-[:MENTIONS {startOffset: $so, endOffset: $eo, ` +
      'text: $text, kind: $kind, sentence: $sn}]->(n)';
    for (const r of rows) session.rows(create, { ...r, sn: Number(r.sn) < 0 ? null : r.sn });
  }
}

/** Create or merge entity nodes: names kept, aliases and roles unioned. Returns how many were written. */
function upsertEntities(session: KuzuSession, plan: IngestPlan, ids: string[], typeOf: (id: string) => EntityType): number {
  const types = new Map<string, EntityType>();
  for (const id of ids) if (plan.entities.has(id)) types.set(id, typeOf(id));
  let written = 0;
  for (const [t, list] of groupByType(types)) {
    const existing = new Map<string, Record<string, unknown>>();
    for (const r of session.rows(
      `UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.iso3 AS iso3, n.roles AS roles`,
      { ids: list },
    )) {
      existing.set(String(r.id), r);
    }
    const creates: Params[] = [];
    const updates: Params[] = [];
    for (const id of list) {
      const merged = mergeEntity(plan.entities.get(id) as Entity, existing.get(id));
      if (!merged) continue;
      const row = { id, name: merged.name, aliases: encodeList(merged.aliases), iso3: encodeOpt(merged.iso3), roles: merged.roles };
      (existing.has(id) ? updates : creates).push(row);
    }
    const values = `name: row.name, aliases: ${strList('row.aliases')}, iso3: ${optStr('row.iso3')}, roles: row.roles`;
    if (creates.length) session.rows(`UNWIND $rows AS row CREATE (n:${q(t)} {id: row.id, ${values}, degree: 0})`, { rows: creates });
    if (updates.length) {
      const set = values.replace(/(\w+): /g, 'n.$1 = ');
      session.rows(`UNWIND $rows AS row WITH row, row.id AS eid MATCH (n:${q(t)} {id: eid}) SET ${set}`, { rows: updates });
    }
    written += creates.length + updates.length;
  }
  return written;
}

/** The merged entity record, or null when the stored one already says it all. */
function mergeEntity(e: Entity, prev: Record<string, unknown> | undefined): { name: string; aliases: string[]; iso3: string | null; roles: string } | null {
  const name = typeof prev?.name === 'string' && prev.name ? prev.name : e.name;
  const prevAliases = Array.isArray(prev?.aliases) ? (prev.aliases as string[]) : [];
  const aliases = [...new Set([...prevAliases, ...e.aliases, e.name])].filter((a) => a && a !== name);
  const iso3 = typeof prev?.iso3 === 'string' && prev.iso3 ? prev.iso3 : (e.iso3 ?? null);
  const prevRoles: Role[] = typeof prev?.roles === 'string' && prev.roles ? (JSON.parse(prev.roles) as Role[]) : [];
  const roleKeys = new Set(prevRoles.map((r) => JSON.stringify(r)));
  const roles = [...prevRoles];
  for (const r of e.roles ?? []) {
    const k = JSON.stringify(r);
    if (!roleKeys.has(k)) roles.push(r);
    roleKeys.add(k);
  }
  const next = { name, aliases, iso3, roles: JSON.stringify(roles) };
  if (prev && JSON.stringify([prev.name, prevAliases, prev.iso3 ?? null, prev.roles ?? '[]']) === JSON.stringify([next.name, next.aliases, next.iso3, next.roles])) {
    return null;
  }
  return next;
}
