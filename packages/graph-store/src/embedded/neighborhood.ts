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
import { edgePredicate } from './adjacency';

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

/** Breadth-first neighbourhood (depth 1-3) under the filters, capped to `limit` nodes. */
export function neighborhood(
  ctx: GraphView,
  id: string,
  query: NeighborhoodQuery,
): Subgraph | null {
  const center = nodeFromIndex(ctx, id);
  if (!center) return null;
  const ok = edgePredicate(query);
  const gate = typeGate(ctx, query);
  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let d = 1; d <= query.depth && frontier.length; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const [v, ids] of ctx.adjacency.linksOf(u)) {
        if (distance.has(v) || !gate(v) || !ctx.adjacency.some(ids, ok)) continue;
        distance.set(v, d);
        next.push(v);
      }
    }
    frontier = next;
  }
  distance.delete(id);
  const kept = topNodes(ctx, distance, Math.max(0, query.limit - 1));
  const nodes = [
    center,
    ...kept.map((k) => nodeFromIndex(ctx, k)).filter((n): n is GraphNode => n !== null),
  ];
  return finish(nodes, inducedEdges(ctx, nodes, query), distance.size - kept.length);
}

/** Whole graph under the filters (nodes with at least one admitted edge), capped by degree. */
export function subgraph(ctx: GraphView, query: SubgraphQuery & GraphFilter): Subgraph {
  const ok = edgePredicate(query);
  const gate = typeGate(ctx, query);
  const ids = new Set<string>();
  for (const e of ctx.adjacency.all()) {
    if (ok(e) && gate(e.source) && gate(e.target)) ids.add(e.source).add(e.target);
  }
  const kept = topNodes(ctx, new Map([...ids].map((k) => [k, 0])), query.limit)
    .map((k) => nodeFromIndex(ctx, k))
    .filter((n): n is GraphNode => n !== null);
  return finish(kept, inducedEdges(ctx, kept, query), ids.size - kept.length);
}

/** The `k` best nodes by (distance asc, degree desc, id): sorts only when few, else a bounded selection. */
function topNodes(ctx: GraphView, distance: Map<string, number>, k: number): string[] {
  const better = (a: string, b: string): number =>
    (distance.get(a) ?? 0) - (distance.get(b) ?? 0) ||
    ctx.adjacency.degree(b) - ctx.adjacency.degree(a) ||
    (a < b ? -1 : a > b ? 1 : 0);
  if (distance.size <= 4 * k) return [...distance.keys()].sort(better).slice(0, k);
  const top: string[] = [];
  for (const id of distance.keys()) {
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

/** Admitted edges between the given nodes: per node, the cheaper of its neighbours or the kept set. */
export function inducedEdges(
  ctx: GraphView,
  nodes: GraphNode[],
  f: Partial<GraphFilter>,
): GraphEdge[] {
  const ok = edgePredicate(f);
  const keep = new Set(nodes.map((n) => n.id));
  const out = new Map<string, GraphEdge>();
  for (const u of keep) {
    const fewer = ctx.adjacency.neighborCount(u) <= keep.size;
    for (const v of fewer ? ctx.adjacency.neighbors(u) : keep) {
      if (v < u || !keep.has(v)) continue; // each pair once
      const ids = ctx.adjacency.idsBetween(u, v);
      if (!ids) continue;
      for (const eid of ids) {
        const e = ctx.adjacency.edge(eid);
        if (e && ok(e)) out.set(eid, e);
      }
    }
  }
  return [...out.values()];
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
