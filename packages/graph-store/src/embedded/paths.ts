import type { GraphEdge, GraphNode, PathsQuery } from '@kg/schema';
import type { PathResult } from '../graph-store';
import { edgePredicate } from './adjacency';
import { finish, nodeFromIndex } from './neighborhood';
import type { GraphView } from './neighborhood';

/**
 * Up to `limit` shortest paths (undirected), by bidirectional BFS: expand the smaller frontier
 * until the two searches meet, then walk the shortest-path layers. Weak edges only when listed.
 */
export function paths(ctx: GraphView, query: PathsQuery): PathResult | null {
  const from = nodeFromIndex(ctx, query.from);
  const to = nodeFromIndex(ctx, query.to);
  if (!from || !to) return null;
  if (query.from === query.to)
    return { paths: [{ nodes: [query.from], edges: [] }], subgraph: finish([from], [], 0) };
  const listed = query.relationTypes?.length ? query.relationTypes : undefined;
  const ok = edgePredicate({ relationTypes: listed, includeWeak: Boolean(listed) });
  const edgesBetween = (u: string, v: string): GraphEdge[] =>
    [...ctx.adjacency.between(u, v)].filter(ok);
  const hops = Math.max(1, Math.min(query.maxHops, 6));
  const dA = new Map([[query.from, 0]]);
  const dB = new Map([[query.to, 0]]);
  let fa = [query.from];
  let fb = [query.to];
  let a = 0;
  let b = 0;
  let meet: string[] = [];
  while (a + b < hops && fa.length && fb.length) {
    const expandA = fa.length <= fb.length;
    const [frontier, dist, other] = expandA ? [fa, dA, dB] : [fb, dB, dA];
    const depth = (expandA ? a : b) + 1;
    const next: string[] = [];
    for (const u of frontier) {
      for (const [v, ids] of ctx.adjacency.linksOf(u)) {
        if (dist.has(v) || !ctx.adjacency.some(ids, ok)) continue;
        dist.set(v, depth);
        next.push(v);
        if (other.has(v)) meet.push(v);
      }
    }
    if (expandA) [fa, a] = [next, depth];
    else [fb, b] = [next, depth];
    if (meet.length) break;
  }
  if (!meet.length) return { paths: [], subgraph: finish([from, to], [], 0) };
  const length = Math.min(...meet.map((m) => (dA.get(m) ?? 0) + (dB.get(m) ?? 0)));
  meet = meet.filter((m) => (dA.get(m) ?? 0) + (dB.get(m) ?? 0) === length).sort();
  // A side: keep only nodes that lead to a meeting node (walk layers back from the meet set)
  const useful = new Set(meet);
  let layer = meet.filter((m) => (dA.get(m) ?? 0) > 0);
  for (let k = a; k > 0 && layer.length; k--) {
    const prev: string[] = [];
    for (const w of layer) {
      for (const u of ctx.adjacency.neighbors(w)) {
        if (dA.get(u) === (dA.get(w) ?? 0) - 1 && !useful.has(u) && edgesBetween(u, w).length) {
          useful.add(u);
          prev.push(u);
        }
      }
    }
    layer = prev;
  }
  const out: PathResult['paths'] = [];
  // before the meeting point follow A's layers through useful nodes; from it on, B's layers
  const step = (u: string, pos: number): string[] => {
    const onB = dB.get(u) === length - pos;
    const next = [...ctx.adjacency.neighbors(u)].filter(
      (w) =>
        ((dA.get(w) === pos + 1 && useful.has(w)) ||
          (onB && !dA.has(w) && dB.get(w) === length - pos - 1)) &&
        edgesBetween(u, w).length > 0,
    );
    return next.sort();
  };
  const walk = (u: string, nodes: string[], edges: string[]): void => {
    if (out.length >= query.limit) return;
    if (u === query.to) {
      out.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    const pos = nodes.length - 1;
    for (const w of step(u, pos)) {
      for (const e of edgesBetween(u, w).sort((x, y) => (x.id < y.id ? -1 : 1))) {
        walk(w, [...nodes, w], [...edges, e.id]);
        if (out.length >= query.limit) return;
      }
    }
  };
  walk(query.from, [query.from], []);
  const ids = new Set(out.flatMap((p) => p.nodes));
  const edgeIds = new Set(out.flatMap((p) => p.edges));
  const nodes = [...ids]
    .map((id) => nodeFromIndex(ctx, id))
    .filter((n): n is GraphNode => n !== null);
  const edges = [...edgeIds]
    .map((id) => ctx.adjacency.edge(id))
    .filter((e): e is GraphEdge => e !== undefined);
  return { paths: out, subgraph: finish(nodes, edges, 0) };
}
