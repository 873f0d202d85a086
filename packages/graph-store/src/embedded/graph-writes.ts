import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { EntityType, GraphEdge, Relation, RelationType } from '@kg/schema';
import type { KuzuSession, Row } from './kuzu-session';
import { docEvidenceKeys, dropDocEvidence } from './doc-evidence';
import { q } from './kuzu-schema';
import { dbl, encodeDouble, encodeOpt, optDate, optInt, optStr } from './row-encoding';
import { num, str } from './values';
import { aggregatesFromStore, combine } from './relation-aggregates';
import type { Aggregate, EvidenceFacts } from './relation-aggregates';

const RELATION_SET = new Set<string>(RELATION_TYPES);

export interface RelationKey {
  id: string;
  source: string;
  type: RelationType;
  target: string;
}

/** Labels of stored entities by id (ids not stored are absent). One PK lookup per label. */
export function lookupEntityTypes(
  session: KuzuSession,
  ids: Iterable<string>,
): Map<string, EntityType> {
  const list = [...new Set(ids)];
  const out = new Map<string, EntityType>();
  if (!list.length) return out;
  for (const t of ENTITY_TYPES) {
    for (const r of session.rows(`UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) RETURN n.id AS id`, {
      ids: list,
    })) {
      out.set(String(r.id), t);
    }
  }
  return out;
}

/**
 * Remove the evidence and mentions of documents (not the documents). Returns the relations
 * whose evidence changed and the entities they mentioned (candidates for cleanup).
 */
export function detachDocuments(
  session: KuzuSession,
  docIds: string[],
): { relations: RelationKey[]; mentioned: Set<string> } {
  if (!docIds.length) return { relations: [], mentioned: new Set() };
  // the document's evidence ids from DocEvidence, then one PK probe per row (no Evidence scan)
  const relRows: Row[] = [];
  for (const docId of docIds) {
    for (const k of docEvidenceKeys(session, docId)) {
      const row = session.rows(
        'MATCH (e:Evidence {id: $k}) RETURN e.relationId AS id, e.source AS source, e.type AS type, e.target AS target',
        { k },
      )[0];
      if (!row) continue;
      relRows.push(row);
      session.rows('MATCH (e:Evidence {id: $k}) DELETE e', { k });
    }
  }
  dropDocEvidence(session, docIds);
  const mentioned = new Set<string>();
  for (const r of session.rows(
    'UNWIND $docs AS x MATCH (d:Document {id: x})-[:MENTIONS]->(n) RETURN DISTINCT n.id AS id',
    { docs: docIds },
  )) {
    mentioned.add(String(r.id));
  }
  session.rows('UNWIND $docs AS x MATCH (d:Document {id: x})-[m:MENTIONS]->() DELETE m', {
    docs: docIds,
  });
  const unique = new Map(relRows.map((r) => [String(r.id), r]));
  const relations = [...unique.values()]
    .filter((r) => RELATION_SET.has(String(r.type)))
    .map((r) => ({
      id: String(r.id),
      source: String(r.source),
      type: String(r.type) as RelationType,
      target: String(r.target),
    }));
  return { relations, mentioned };
}

interface EdgeRow extends Record<string, string | number | boolean> {
  s: string;
  t: string;
  id: string;
  n: number;
  first: string;
  last: string;
  conf: string;
  neg: boolean;
  cameo: string;
  qc: number;
  role: string;
}

/** New edge properties from an EdgeRow (one UNWIND per type and label pair, not one per edge). */
const EDGE_PROPS =
  `id: row.id, count: row.n, firstDate: ${optDate('row.first')}, lastDate: ${optDate('row.last')}, ` +
  `confidence: ${dbl('row.conf')}, cameo: ${optStr('row.cameo')}, quadClass: ${optInt('row.qc')}, ` +
  `role: ${optStr('row.role')}, negated: row.neg`;

const EDGE_SET =
  `r.count = row.n, r.firstDate = ${optDate('row.first')}, r.lastDate = ${optDate('row.last')}, ` +
  `r.confidence = ${dbl('row.conf')}, r.cameo = ${optStr('row.cameo')}, r.quadClass = ${optInt('row.qc')}, ` +
  `r.role = ${optStr('row.role')}, r.negated = row.neg`;

export interface RefreshInput {
  keys: RelationKey[];
  types: Map<string, EntityType>;
  props: Map<string, Relation>;
  /** Evidence added in this step, by relation id. */
  added: Map<string, EvidenceFacts[]>;
  /** Relations that lost evidence: recomputed from the store. */
  recompute: Set<string>;
}

/**
 * Write each relation's aggregates (count, first/last date, max confidence, negated when all
 * evidence is); delete edges left without evidence. Set-based per (type, from label, to label).
 */
export interface RefreshResult {
  removedEndpoints: Set<string>;
  endpoints: Set<string>;
  written: number;
  /** Edges as written (id -> edge) and ids of deleted edges, for the read cache. */
  edges: Map<string, GraphEdge | null>;
  /** Change of each endpoint's degree: +1 per edge created, -1 per edge deleted, at each end. */
  degreeDelta: Map<string, number>;
}

export function refreshRelations(session: KuzuSession, input: RefreshInput): RefreshResult {
  const { types, props, added, recompute } = input;
  const byId = new Map(input.keys.map((k) => [k.id, k]));
  const removedEndpoints = new Set<string>();
  const endpoints = new Set<string>();
  const edges = new Map<string, GraphEdge | null>();
  const degreeDelta = new Map<string, number>();
  const bump = (k: RelationKey, d: number): void => {
    degreeDelta.set(k.source, (degreeDelta.get(k.source) ?? 0) + d);
    degreeDelta.set(k.target, (degreeDelta.get(k.target) ?? 0) + d);
  };
  if (!byId.size) return { removedEndpoints, endpoints, written: 0, edges, degreeDelta };
  const recomputed = aggregatesFromStore(
    session,
    [...recompute].filter((id) => byId.has(id)),
  );
  const groups = new Map<
    string,
    { type: RelationType; a: EntityType; b: EntityType; keys: RelationKey[] }
  >();
  for (const key of byId.values()) {
    const a = types.get(key.source);
    const b = types.get(key.target);
    endpoints.add(key.source).add(key.target);
    if (!a || !b) continue;
    const gk = `${key.type}|${a}|${b}`;
    const g = groups.get(gk);
    if (g) g.keys.push(key);
    else groups.set(gk, { type: key.type, a, b, keys: [key] });
  }
  let written = 0;
  for (const { type, a, b, keys: list } of groups.values()) {
    const match = `UNWIND $rows AS row WITH row, row.s AS sid MATCH (a:${q(a)} {id: sid})-[r:${type}]->(b:${q(b)}) WHERE r.id = row.id`;
    const existing = new Map<string, Record<string, unknown>>();
    for (const r of session.rows(
      `${match} RETURN r.id AS id, r.count AS n, r.firstDate AS first, r.lastDate AS last, r.confidence AS conf, ` +
        'r.negated AS neg, r.cameo AS cameo, r.quadClass AS qc, r.role AS role',
      { rows: list.map((k) => ({ s: k.source, id: k.id })) },
    )) {
      existing.set(String(r.id), r);
    }
    const rows: EdgeRow[] = [];
    const gone: RelationKey[] = [];
    for (const k of list) {
      const agg = recompute.has(k.id)
        ? recomputed.get(k.id)
        : combine(existing.get(k.id), added.get(k.id) ?? []);
      if (agg && agg.n > 0) rows.push(edgeRow(k, agg, props.get(k.id), existing.get(k.id)));
      else if (existing.has(k.id)) gone.push(k);
    }
    if (gone.length) {
      session.rows(`${match} DELETE r`, { rows: gone.map((k) => ({ s: k.source, id: k.id })) });
      for (const k of gone) {
        bump(k, -1);
        removedEndpoints.add(k.source).add(k.target);
        edges.set(k.id, null);
      }
    }
    for (const r of rows) edges.set(r.id, toEdge(r, type));
    const updates = rows.filter((r) => existing.has(r.id));
    const creates = rows.filter((r) => !existing.has(r.id));
    for (const c of creates) bump({ id: c.id, source: c.s, target: c.t, type }, 1);
    if (updates.length) session.rows(`${match} SET ${EDGE_SET}`, { rows: updates });
    if (creates.length) {
      session.rows(
        `UNWIND $rows AS row WITH row, row.s AS sid MATCH (a:${q(a)} {id: sid}) ` +
          `WITH row, a, row.t AS tid MATCH (b:${q(b)} {id: tid}) CREATE (a)-[:${type} {${EDGE_PROPS}}]->(b)`,
        { rows: creates },
      );
    }
    written += rows.length;
  }
  return { removedEndpoints, endpoints, written, edges, degreeDelta };
}

function toEdge(r: EdgeRow, type: RelationType): GraphEdge {
  const e: GraphEdge = {
    id: r.id,
    source: r.s,
    target: r.t,
    type,
    count: r.n,
    confidence: Number(r.conf),
    negated: r.neg,
  };
  if (r.first) e.firstDate = r.first;
  if (r.last) e.lastDate = r.last;
  if (r.cameo) e.cameo = r.cameo;
  if (r.qc) e.quadClass = r.qc as GraphEdge['quadClass'];
  if (r.role) e.role = r.role;
  return e;
}

function edgeRow(
  k: RelationKey,
  agg: Aggregate,
  rel: Relation | undefined,
  prev: Record<string, unknown> | undefined,
): EdgeRow {
  return {
    s: k.source,
    t: k.target,
    id: k.id,
    n: agg.n,
    first: encodeOpt(agg.first),
    last: encodeOpt(agg.last),
    conf: encodeDouble(agg.conf),
    neg: agg.allNegated,
    cameo: encodeOpt(rel ? rel.cameo : str(prev?.cameo)),
    qc: rel ? (rel.quadClass ?? 0) : num(prev?.qc),
    role: encodeOpt(rel ? rel.role : str(prev?.role)),
  };
}

/** Delete candidate entities left with no mentions and no edges; returns the deleted ids. */
export function removeOrphans(session: KuzuSession, candidates: Iterable<string>): Set<string> {
  const deleted = new Set<string>();
  const byType = groupByType(lookupEntityTypes(session, candidates));
  for (const [t, ids] of byType) {
    const orphans = session
      .rows(
        `UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) OPTIONAL MATCH (n)-[r]-() WITH n, count(r) AS c WHERE c = 0 RETURN n.id AS id`,
        { ids },
      )
      .map((r) => String(r.id));
    if (!orphans.length) continue;
    session.rows(`UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) DELETE n`, { ids: orphans });
    for (const id of orphans) deleted.add(id);
  }
  return deleted;
}

export function groupByType(types: Map<string, EntityType>): Map<EntityType, string[]> {
  const out = new Map<EntityType, string[]>();
  for (const [id, t] of types) {
    const list = out.get(t);
    if (list) list.push(id);
    else out.set(t, [id]);
  }
  return out;
}
