import type { GraphEdge, GraphNode, PathsQuery } from '@kg/schema';
import type { PathResult } from '../graph-store';
import { edgePredicate, otherEnd } from './adjacency';
import { finish, nodeFromIndex } from './neighborhood';
import type { ReadContext } from './neighborhood';

/** Up to `limit` shortest paths (undirected BFS); weak edges only when their type is listed. */
export function paths(ctx: ReadContext, query: PathsQuery): PathResult | null {
  const from = nodeFromIndex(ctx, query.from);
  const to = nodeFromIndex(ctx, query.to);
  if (!from || !to) return null;
  if (query.from === query.to) return { paths: [{ nodes: [query.from], edges: [] }], subgraph: finish([from], [], 0) };
  const listed = query.relationTypes?.length ? query.relationTypes : undefined;
  const ok = edgePredicate({ relationTypes: listed, includeWeak: Boolean(listed) });
  const hops = Math.max(1, Math.min(query.maxHops, 6));
  // parents[v] = edges (u -> v) on some shortest path from `from` to v
  const parents = new Map<string, GraphEdge[]>([[query.from, []]]);
  const level = new Map<string, number>([[query.from, 0]]);
  let frontier = [query.from];
  for (let d = 1; d <= hops && frontier.length && !level.has(query.to); d++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const e of ctx.adjacency.edgesOf(u)) {
        if (!ok(e)) continue;
        const v = otherEnd(e, u);
        const lv = level.get(v);
        if (lv === undefined) {
          level.set(v, d);
          parents.set(v, [e]);
          next.push(v);
        } else if (lv === d) parents.get(v)?.push(e);
      }
    }
    frontier = next;
  }
  if (!level.has(query.to)) return { paths: [], subgraph: finish([from, to], [], 0) };
  const out: PathResult['paths'] = [];
  const walk = (v: string, nodes: string[], edges: GraphEdge[]): void => {
    if (out.length >= query.limit) return;
    if (v === query.from) {
      out.push({ nodes: [...nodes].reverse(), edges: edges.map((e) => e.id).reverse() });
      return;
    }
    const sorted = [...(parents.get(v) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const e of sorted) {
      const u = otherEnd(e, v);
      walk(u, [...nodes, u], [...edges, e]);
    }
  };
  walk(query.to, [query.to], []);
  const ids = new Set(out.flatMap((p) => p.nodes));
  const edgeIds = new Set(out.flatMap((p) => p.edges));
  const nodes = [...ids].map((id) => nodeFromIndex(ctx, id)).filter((n): n is GraphNode => n !== null);
  const edges = [...edgeIds].map((id) => ctx.adjacency.edge(id)).filter((e): e is GraphEdge => e !== undefined);
  return { paths: out, subgraph: finish(nodes, edges, 0) };
}
