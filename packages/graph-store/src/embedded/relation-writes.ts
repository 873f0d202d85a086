import type { EntityType, GraphEdge, Relation, RelationType } from '@kg/schema';
import type { KuzuSession, Params, Row } from './kuzu-session';
import type { RelationKey } from './graph-writes';
import { q } from './kuzu-schema';
import { dbl, encodeDouble, encodeOpt, optDate, optInt, optStr } from './row-encoding';
import { num, str } from './values';
import { aggregatesFromStore, combine } from './relation-aggregates';
import type { Aggregate, EvidenceFacts } from './relation-aggregates';

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

/** New edge properties from an EdgeRow (`row.x`: UNWIND form; `$x`: one statement per row). */
const EDGE_PROPS =
  `id: row.id, count: row.n, firstDate: ${optDate('row.first')}, lastDate: ${optDate('row.last')}, ` +
  `confidence: ${dbl('row.conf')}, cameo: ${optStr('row.cameo')}, quadClass: ${optInt('row.qc')}, ` +
  `role: ${optStr('row.role')}, negated: row.neg`;

const EDGE_SET =
  `r.count = row.n, r.firstDate = ${optDate('row.first')}, r.lastDate = ${optDate('row.last')}, ` +
  `r.confidence = ${dbl('row.conf')}, r.cameo = ${optStr('row.cameo')}, r.quadClass = ${optInt('row.qc')}, ` +
  `r.role = ${optStr('row.role')}, r.negated = row.neg`;

const EDGE_RETURN =
  'RETURN r.id AS id, r.count AS n, r.firstDate AS first, r.lastDate AS last, r.confidence AS conf, ' +
  'r.negated AS neg, r.cameo AS cameo, r.quadClass AS qc, r.role AS role';

/**
 * Groups up to this size are written one prepared statement per row: a `{id: $s}` match is a
 * primary-key probe, while `UNWIND $rows ... MATCH (a {id: row.s})` is planned as a scan of the
 * label's node table and a hash join (~5 ms per statement at 20k nodes, growing with the table).
 */
export const PER_ROW_MAX = 16;

export interface RefreshInput {
  keys: RelationKey[];
  types: Map<string, EntityType>;
  props: Map<string, Relation>;
  /** Evidence added in this step, by relation id. */
  added: Map<string, EvidenceFacts[]>;
  /** Relations that lost evidence: recomputed from the store. */
  recompute: Set<string>;
  /**
   * Relations that had evidence (a `RelEvidence` entry) before this step. Given, only these and
   * `recompute` are looked up: any other relation has no stored edge yet (an edge never outlives
   * its last evidence). Absent: every relation is looked up.
   */
  indexed?: ReadonlySet<string>;
}

export interface RefreshResult {
  removedEndpoints: Set<string>;
  endpoints: Set<string>;
  written: number;
  /** Edges as written (id -> edge) and ids of deleted edges, for the read cache. */
  edges: Map<string, GraphEdge | null>;
  /** Change of each endpoint's degree: +1 per edge created, -1 per edge deleted, at each end. */
  degreeDelta: Map<string, number>;
}

/** Statements of one (relation type, from label, to label) group, both forms. */
function groupStatements(type: RelationType, a: EntityType, b: EntityType) {
  const unwind = `UNWIND $rows AS row WITH row, row.s AS sid MATCH (a:${q(a)} {id: sid})-[r:${type}]->(b:${q(b)}) WHERE r.id = row.id`;
  const one = `MATCH (a:${q(a)} {id: $s})-[r:${type}]->(b:${q(b)}) WHERE r.id = $id`;
  const oneTo = `MATCH (a:${q(a)} {id: $s})-[r:${type}]->(b:${q(b)} {id: $t}) WHERE r.id = $id`;
  const perRow = (text: string) => text.replaceAll('row.', '$');
  return {
    lookup: [`${unwind} ${EDGE_RETURN}`, `${one} ${EDGE_RETURN}`],
    remove: [`${unwind} DELETE r`, `${one} DELETE r`],
    update: [`${unwind} SET ${EDGE_SET}`, `${oneTo} SET ${perRow(EDGE_SET)}`],
    create: [
      `UNWIND $rows AS row WITH row, row.s AS sid MATCH (a:${q(a)} {id: sid}) ` +
        `WITH row, a, row.t AS tid MATCH (b:${q(b)} {id: tid}) CREATE (a)-[:${type} {${EDGE_PROPS}}]->(b)`,
      `MATCH (a:${q(a)} {id: $s}), (b:${q(b)} {id: $t}) CREATE (a)-[:${type} {${perRow(EDGE_PROPS)}}]->(b)`,
    ],
  } as const;
}

/** Run `[unwindForm, perRowForm]` over rows: per row while the group is small. */
function runRows(session: KuzuSession, forms: readonly [string, string], rows: Params[]): Row[] {
  if (!rows.length) return [];
  if (rows.length > PER_ROW_MAX) return session.rows(forms[0], { rows });
  const out: Row[] = [];
  for (const r of rows) for (const row of session.rows(forms[1], r)) out.push(row);
  return out;
}

/**
 * Write each relation's aggregates (count, first/last date, max confidence, negated when all
 * evidence is); delete edges left without evidence. Grouped per (type, from label, to label).
 */
export function refreshRelations(session: KuzuSession, input: RefreshInput): RefreshResult {
  const { types, props, added, recompute, indexed } = input;
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
  const mayExist = (id: string): boolean => !indexed || indexed.has(id) || recompute.has(id);
  let written = 0;
  for (const { type, a, b, keys: list } of groups.values()) {
    const stmt = groupStatements(type, a, b);
    const existing = new Map<string, Record<string, unknown>>();
    const probe = list.filter((k) => mayExist(k.id)).map((k) => ({ s: k.source, id: k.id }));
    for (const r of runRows(session, stmt.lookup, probe)) existing.set(String(r.id), r);
    const rows: EdgeRow[] = [];
    const gone: RelationKey[] = [];
    for (const k of list) {
      const agg = recompute.has(k.id)
        ? recomputed.get(k.id)
        : combine(existing.get(k.id), added.get(k.id) ?? []);
      if (agg && agg.n > 0) rows.push(edgeRow(k, agg, props.get(k.id), existing.get(k.id)));
      else if (existing.has(k.id)) gone.push(k);
    }
    runRows(
      session,
      stmt.remove,
      gone.map((k) => ({ s: k.source, id: k.id })),
    );
    for (const k of gone) {
      bump(k, -1);
      removedEndpoints.add(k.source).add(k.target);
      edges.set(k.id, null);
    }
    for (const r of rows) edges.set(r.id, toEdge(r, type));
    const creates = rows.filter((r) => !existing.has(r.id));
    for (const c of creates) bump({ id: c.id, source: c.s, target: c.t, type }, 1);
    runRows(
      session,
      stmt.update,
      rows.filter((r) => existing.has(r.id)),
    );
    runRows(session, stmt.create, creates);
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
