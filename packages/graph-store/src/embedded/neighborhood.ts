import type {
  EntityType,
  GraphEdge,
  GraphFilter,
  GraphNode,
  NeighborhoodQuery,
  Subgraph,
  SubgraphQuery,
} from '@kg/schema';
import type { KuzuCatalog } from './kuzu-schema';
import type { KuzuSession } from './kuzu-session';
import type { SearchIndex } from './search-index';
import type { Adjacency } from './adjacency';

/** The in-memory part of the store: entity index and edge adjacency. */
export interface GraphView {
  index: SearchIndex;
  adjacency: Adjacency;
}

export interface ReadContext extends GraphView {
  session: KuzuSession;
  catalog: KuzuCatalog;
}

export function nodeFromIndex(ctx: GraphView, id: string): GraphNode | null {
  const e = ctx.index.get(id);
  if (!e) return null;
  const node: GraphNode = {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    degree: ctx.adjacency.degree(id),
  };
  if (e.iso3) node.iso3 = e.iso3;
  return node;
}

const typeGate = (ctx: GraphView, f: Partial<GraphFilter>): ((id: string) => boolean) => {
  if (!f.types?.length) return () => true; // edges only join stored entities
  const allowed = new Set<EntityType>(f.types);
  return (id) => {
    const t = ctx.index.typeOf(id);
    return t !== undefined && allowed.has(t);
  };
};

/**
 * Breadth-first neighbourhood (depth 1-3) under the filters, capped to `limit` nodes kept by
 * distance, then degree. Expansion stops once the nearer levels fill the cap (farther nodes could
 * not be kept): `omittedNodes` is then a lower bound (the nodes found but not kept), else exact.
 */
export function neighborhood(
  ctx: GraphView,
  id: string,
  query: NeighborhoodQuery,
): Subgraph | null {
  const center = nodeFromIndex(ctx, id);
  if (!center) return null;
  const adj = ctx.adjacency;
  const ok = adj.test(query);
  const gate = typeGate(ctx, query);
  const room = Math.max(0, query.limit - 1);
  const c = adj.indexOf(id);
  const seen = adj.visitor();
  if (c >= 0) seen.add(c);
  const levels: number[][] = [];
  let frontier = c < 0 ? [] : [c];
  let found = 0;
  for (let d = 1; d <= query.depth && frontier.length && found < room; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      const row = adj.links(u);
      for (let i = 0; i < row.length; i++) {
        const e = row[i];
        const v = adj.other(e, u);
        if (seen.has(v) || !ok(e) || !gate(adj.nodeId(v))) continue;
        seen.add(v);
        next.push(v);
      }
    }
    levels.push(next);
    found += next.length;
    frontier = next;
  }
  const kept: number[] = [];
  for (const level of levels) {
    if (kept.length >= room) break;
    kept.push(...topByDegree(ctx, level, room - kept.length));
  }
  const nodes = [
    center,
    ...kept.map((k) => nodeFromIndex(ctx, adj.nodeId(k))).filter((n): n is GraphNode => n !== null),
  ];
  return finish(nodes, inducedEdges(ctx, nodes, query), found - kept.length);
}

/** Whole graph under the filters (nodes with at least one admitted edge), capped by degree. */
export function subgraph(ctx: GraphView, query: SubgraphQuery & GraphFilter): Subgraph {
  const adj = ctx.adjacency;
  const ok = adj.test(query);
  const gate = typeGate(ctx, query);
  const ids = new Set<number>();
  for (let u = 0; u < adj.nodeCount; u++) {
    if (!gate(adj.nodeId(u))) continue;
    const row = adj.links(u);
    for (let i = 0; i < row.length; i++) {
      if (ok(row[i]) && gate(adj.nodeId(adj.other(row[i], u)))) {
        ids.add(u);
        break;
      }
    }
  }
  const kept = topByDegree(ctx, [...ids], query.limit)
    .map((k) => nodeFromIndex(ctx, adj.nodeId(k)))
    .filter((n): n is GraphNode => n !== null);
  return finish(kept, inducedEdges(ctx, kept, query), ids.size - kept.length);
}

/** The `k` best nodes by (degree desc, id): sorts only when few, else a bounded selection. */
function topByDegree(ctx: GraphView, list: number[], k: number): number[] {
  const adj = ctx.adjacency;
  const better = (a: number, b: number): number => {
    const d = adj.degreeAt(b) - adj.degreeAt(a);
    if (d) return d;
    const [x, y] = [adj.nodeId(a), adj.nodeId(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  if (k <= 0) return [];
  if (list.length <= 4 * k) return list.sort(better).slice(0, k);
  const top: number[] = [];
  for (const id of list) {
    if (top.length === k && better(id, top[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(top[mid], id) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, id);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Admitted edges between the given nodes (each edge once, found from its source's row). */
export function inducedEdges(
  ctx: GraphView,
  nodes: GraphNode[],
  f: Partial<GraphFilter>,
): GraphEdge[] {
  const adj = ctx.adjacency;
  const ok = adj.test(f);
  const keep = new Set<number>();
  for (const n of nodes) {
    const i = adj.indexOf(n.id);
    if (i >= 0) keep.add(i);
  }
  const out: GraphEdge[] = [];
  for (const u of keep) {
    const row = adj.links(u);
    for (let i = 0; i < row.length; i++) {
      const e = row[i];
      if (adj.sourceAt(e) === u && keep.has(adj.other(e, u)) && ok(e)) out.push(adj.edgeAt(e));
    }
  }
  return out;
}

/** hiddenNeighbors = the node's edges not in view (any type, unfiltered). */
export function finish(nodes: GraphNode[], edges: GraphEdge[], omitted: number): Subgraph {
  const visible = new Map<string, number>();
  for (const e of edges) {
    visible.set(e.source, (visible.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) visible.set(e.target, (visible.get(e.target) ?? 0) + 1);
  }
  for (const n of nodes)
    n.hiddenNeighbors = Math.max(0, (n.degree ?? 0) - (visible.get(n.id) ?? 0));
  return { nodes, edges: edges.map((e) => ({ ...e })), omittedNodes: Math.max(0, omitted) };
}
