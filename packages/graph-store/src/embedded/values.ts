import type { EngineValue } from './engine';
import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { EntityType, GraphEdge, GraphNode, QuadClass, RelationType } from '@kg/schema';

const ENTITY_SET = new Set<string>(ENTITY_TYPES);
const RELATION_SET = new Set<string>(RELATION_TYPES);

export type Obj = Record<string, EngineValue>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export const isNodeValue = (v: unknown): boolean =>
  isObj(v) && '_label' in v && '_id' in v && !('_src' in v);
export const isRelValue = (v: unknown): boolean => isObj(v) && '_src' in v && '_dst' in v;
export const isPathValue = (v: unknown): boolean => isObj(v) && '_nodes' in v && '_rels' in v;
export const isEntityNode = (v: unknown): boolean =>
  isNodeValue(v) && ENTITY_SET.has(String((v as Obj)._label));
export const isRelationEdge = (v: unknown): boolean =>
  isRelValue(v) && RELATION_SET.has(String((v as Obj)._label));

/** A Kùzu DATE/TIMESTAMP as ISO: `YYYY-MM-DD` for dates at midnight UTC, full ISO otherwise. */
export function isoDate(v: unknown): string | undefined {
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return typeof v === 'string' && v ? v : undefined;
}

export function num(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  return Number(v ?? 0);
}

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

/** Split our edge id `source__TYPE__target` (see relationId in @kg/schema). */
export function splitRelationId(id: string, type: string): { source: string; target: string } {
  const sep = `__${type}__`;
  const at = id.indexOf(sep);
  if (at < 0) return { source: '', target: '' };
  return { source: id.slice(0, at), target: id.slice(at + sep.length) };
}

export function toGraphNode(v: Obj): GraphNode {
  const node: GraphNode = {
    id: String(v.id),
    name: String(v.name ?? v.id),
    type: String(v._label ?? v.type) as EntityType,
    aliases: Array.isArray(v.aliases) ? v.aliases.map(String) : [],
  };
  const iso3 = str(v.iso3);
  if (iso3) node.iso3 = iso3;
  if (v.degree !== null && v.degree !== undefined) node.degree = num(v.degree);
  return node;
}

export function toGraphEdge(v: Obj): GraphEdge {
  const type = String(v._label ?? v.type) as RelationType;
  const id = String(v.id);
  const ends = splitRelationId(id, type);
  const edge: GraphEdge = {
    id,
    source: ends.source,
    target: ends.target,
    type,
    count: num(v.count),
    confidence: num(v.confidence),
  };
  const cameo = str(v.cameo);
  if (cameo) edge.cameo = cameo;
  if (v.quadClass !== null && v.quadClass !== undefined)
    edge.quadClass = num(v.quadClass) as QuadClass;
  const role = str(v.role);
  if (role) edge.role = role;
  const first = isoDate(v.firstDate);
  const last = isoDate(v.lastDate);
  if (first) edge.firstDate = first;
  if (last) edge.lastDate = last;
  if (typeof v.negated === 'boolean') edge.negated = v.negated;
  return edge;
}

/** Any Kùzu value as plain JSON: nodes/rels as objects with app ids, dates ISO, BigInt as number. */
export function toPlain(v: EngineValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return isoDate(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (!isObj(v)) return v;
  if (isEntityNode(v)) return toGraphNode(v as Obj);
  if (isRelationEdge(v)) return toGraphEdge(v as Obj);
  const o: Obj = v;
  if (isPathValue(o)) {
    return {
      nodes: (o._nodes as EngineValue[]).map(toPlain),
      edges: (o._rels as EngineValue[]).map(toPlain),
    };
  }
  // Bookkeeping records (Document, Evidence, MENTIONS, index tables) in the Neo4j adapter's
  // shape: `{ labels, properties }` / `{ type, properties }`, so no one reads them as actors.
  // Kùzu gives a node every column of every table it may come from: the empty ones are dropped.
  if (isNodeValue(o)) return { labels: [String(o._label)], properties: recordProps(o) };
  if (isRelValue(o)) return { type: String(o._label), properties: recordProps(o) };
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) out[k] = toPlain(val);
  return out;
}

function recordProps(o: Obj): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) {
    if (k.startsWith('_') || val === null || val === undefined) continue;
    out[k] = toPlain(val);
  }
  return out;
}
