import type { GraphEdge, GraphNode } from '@kg/schema';

/** A Cypher result value as the console's table shows it. */
export type Cell =
  | { kind: 'null' }
  | { kind: 'scalar'; text: string; type: 'string' | 'number' | 'boolean' }
  | { kind: 'actor'; id: string; name: string; type: string }
  | { kind: 'relation'; id: string; relType: string; source: string; target: string }
  | { kind: 'record'; label: string; what: string; summary: string }
  | { kind: 'path'; items: Cell[] }
  | { kind: 'list'; items: Cell[] }
  | { kind: 'map'; entries: Array<[string, Cell]> };

export interface CellContext {
  actors: Map<string, GraphNode>;
  relations: Map<string, GraphEdge>;
}

const RECORD_NAMES: Record<string, string> = {
  Evidence: 'evidence record',
  Document: 'document',
  MENTIONS: 'mention',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a bookkeeping record is about, in a few words: a title, a sentence, an id. */
function summary(props: Obj): string {
  const pick = ['title', 'name', 'text', 'relationId', 'id'].find(
    (k) => typeof props[k] === 'string' && props[k] !== '',
  );
  const text = pick ? String(props[pick]) : '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * Classify a value. Actors and relations are what the server listed in `nodes`/`edges` (the
 * stores put only actors and their relations there); `{ labels, properties }` and
 * `{ type, properties }` are the stores' bookkeeping records (evidence, documents, mentions).
 */
export function toCell(v: unknown, ctx: CellContext): Cell {
  if (v === null || v === undefined) return { kind: 'null' };
  if (typeof v === 'string') return { kind: 'scalar', text: v, type: 'string' };
  if (typeof v === 'number' || typeof v === 'boolean')
    return { kind: 'scalar', text: String(v), type: typeof v as 'number' | 'boolean' };
  if (Array.isArray(v)) return { kind: 'list', items: v.map((x) => toCell(x, ctx)) };
  if (!isObj(v)) return { kind: 'scalar', text: String(v), type: 'string' };
  const id = typeof v.id === 'string' ? v.id : undefined;
  const actor = id !== undefined ? ctx.actors.get(id) : undefined;
  if (actor && v.name !== undefined) return { kind: 'actor', ...pickActor(actor) };
  const rel = id !== undefined ? ctx.relations.get(id) : undefined;
  if (rel && v.source !== undefined)
    return {
      kind: 'relation',
      id: rel.id,
      relType: rel.type,
      source: rel.source,
      target: rel.target,
    };
  if (isObj(v.properties) && (Array.isArray(v.labels) || typeof v.type === 'string')) {
    const label = Array.isArray(v.labels) ? v.labels.map(String).join(':') : String(v.type);
    const what = RECORD_NAMES[label] ?? `store record (${label})`;
    return { kind: 'record', label, what, summary: summary(v.properties) };
  }
  if (Array.isArray(v.nodes) && (Array.isArray(v.edges) || Array.isArray(v.rels))) {
    const nodes = v.nodes as unknown[];
    const edges = (v.edges ?? v.rels) as unknown[];
    const items = nodes.flatMap((n, i) => (i < edges.length ? [n, edges[i]] : [n]));
    return { kind: 'path', items: items.map((x) => toCell(x, ctx)) };
  }
  return { kind: 'map', entries: Object.entries(v).map(([k, x]) => [k, toCell(x, ctx)]) };
}

function pickActor(a: GraphNode): { id: string; name: string; type: string } {
  return { id: a.id, name: a.name, type: a.type };
}

/** Plain text of a cell (copying, titles, tests). */
export function cellText(c: Cell, nameOf: (id: string) => string = (id) => id): string {
  switch (c.kind) {
    case 'null':
      return '';
    case 'scalar':
      return c.text;
    case 'actor':
      return c.name;
    case 'relation':
      return `${nameOf(c.source)} —${c.relType}→ ${nameOf(c.target)}`;
    case 'record':
      return c.summary ? `${c.what}: ${c.summary}` : c.what;
    case 'path':
      return c.items.map((x) => cellText(x, nameOf)).join(' · ');
    case 'list':
      return `[${c.items.map((x) => cellText(x, nameOf)).join(', ')}]`;
    case 'map':
      return `{${c.entries.map(([k, x]) => `${k}: ${cellText(x, nameOf)}`).join(', ')}}`;
  }
}
