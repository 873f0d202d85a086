import type { GraphEdge, GraphNode, PathsQuery } from '@kg/schema';
import type { PathResult } from '../graph-store';
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
  const adj = ctx.adjacency;
  const ok = adj.test({ relationTypes: listed, includeWeak: Boolean(listed) });
  const src = adj.indexOf(query.from);
  const dst = adj.indexOf(query.to);
  const none = (): PathResult => ({ paths: [], subgraph: finish([from, to], [], 0) });
  if (src < 0 || dst < 0) return none();
  /** Admitted edge slots between u and w, by edge id. */
  const edgesBetween = (u: number, w: number): number[] => {
    const row = adj.links(u);
    const out: number[] = [];
    for (let i = 0; i < row.length; i++)
      if (adj.other(row[i], u) === w && ok(row[i])) out.push(row[i]);
    return out.sort((x, y) => (adj.edgeAt(x).id < adj.edgeAt(y).id ? -1 : 1));
  };
  const neighbors = (u: number): number[] => {
    const row = adj.links(u);
    const out = new Set<number>();
    for (let i = 0; i < row.length; i++) if (ok(row[i])) out.add(adj.other(row[i], u));
    return [...out];
  };
  const hops = Math.max(1, Math.min(query.maxHops, 6));
  const dA = new Map([[src, 0]]);
  const dB = new Map([[dst, 0]]);
  let fa = [src];
  let fb = [dst];
  let a = 0;
  let b = 0;
  let meet: number[] = [];
  while (a + b < hops && fa.length && fb.length) {
    const expandA = fa.length <= fb.length;
    const [frontier, dist, other] = expandA ? [fa, dA, dB] : [fb, dB, dA];
    const depth = (expandA ? a : b) + 1;
    const next: number[] = [];
    for (const u of frontier) {
      const row = adj.links(u);
      for (let i = 0; i < row.length; i++) {
        const v = adj.other(row[i], u);
        if (dist.has(v) || !ok(row[i])) continue;
        dist.set(v, depth);
        next.push(v);
        if (other.has(v)) meet.push(v);
      }
    }
    if (expandA) [fa, a] = [next, depth];
    else [fb, b] = [next, depth];
    if (meet.length) break;
  }
  if (!meet.length) return none();
  const length = Math.min(...meet.map((m) => (dA.get(m) ?? 0) + (dB.get(m) ?? 0)));
  meet = meet.filter((m) => (dA.get(m) ?? 0) + (dB.get(m) ?? 0) === length);
  // A side: keep only nodes that lead to a meeting node (walk layers back from the meet set)
  const useful = new Set(meet);
  let layer = meet.filter((m) => (dA.get(m) ?? 0) > 0);
  for (let k = a; k > 0 && layer.length; k--) {
    const prev: number[] = [];
    for (const w of layer) {
      for (const u of neighbors(w)) {
        if (dA.get(u) === (dA.get(w) ?? 0) - 1 && !useful.has(u)) {
          useful.add(u);
          prev.push(u);
        }
      }
    }
    layer = prev;
  }
  const out: PathResult['paths'] = [];
  const byId = (x: number, y: number): number => (adj.nodeId(x) < adj.nodeId(y) ? -1 : 1);
  // before the meeting point follow A's layers through useful nodes; from it on, B's layers
  const step = (u: number, pos: number): number[] => {
    const onB = dB.get(u) === length - pos;
    return neighbors(u)
      .filter(
        (w) =>
          (dA.get(w) === pos + 1 && useful.has(w)) ||
          (onB && !dA.has(w) && dB.get(w) === length - pos - 1),
      )
      .sort(byId);
  };
  const walk = (u: number, nodes: number[], edges: string[]): void => {
    if (out.length >= query.limit) return;
    if (u === dst) {
      out.push({ nodes: nodes.map((n) => adj.nodeId(n)), edges: [...edges] });
      return;
    }
    const pos = nodes.length - 1;
    for (const w of step(u, pos)) {
      for (const e of edgesBetween(u, w)) {
        walk(w, [...nodes, w], [...edges, adj.edgeAt(e).id]);
        if (out.length >= query.limit) return;
      }
    }
  };
  walk(src, [src], []);
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
