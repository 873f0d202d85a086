import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import { communityColor, entityTypeColor } from './colors';
import type { KgGraph } from './graph-state';
import type { ColorMode, SizeMode } from './url-state';

/** Simple undirected projection (metrics libraries refuse multi graphs). */
function project(graph: KgGraph): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((n) => g.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t) g.mergeEdge(s, t);
  });
  return g;
}

export interface MetricsSummary {
  communities: number;
  modularity?: number;
}

/** Degree, PageRank and Louvain communities written onto the nodes. */
export function computeMetrics(graph: KgGraph): MetricsSummary {
  if (graph.order === 0) return { communities: 0 };
  const g = project(graph);
  const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: null }) : {};
  let communities: Record<string, number> = {};
  let modularity: number | undefined;
  if (g.size > 0) {
    const res = louvain.detailed(g, { rng: seededRandom(42) });
    communities = res.communities;
    modularity = res.modularity;
  }
  graph.forEachNode((n) => {
    graph.mergeNodeAttributes(n, {
      degree: g.degree(n),
      pagerank: ranks[n] ?? 0,
      community: communities[n] ?? 0,
    });
  });
  return { communities: new Set(Object.values(communities)).size, modularity };
}

/** Node radius in pixels from degree or PageRank, 4..22. */
export function applySizes(graph: KgGraph, mode: SizeMode): void {
  let max = 0;
  graph.forEachNode((_n, a) => {
    max = Math.max(max, mode === 'pagerank' ? (a.pagerank ?? 0) : a.degree);
  });
  graph.updateEachNodeAttributes((_n, a) => {
    const v = mode === 'pagerank' ? (a.pagerank ?? 0) : a.degree;
    return { ...a, size: 4 + 18 * (max > 0 ? Math.sqrt(v / max) : 0) };
  });
}

export function applyColors(graph: KgGraph, mode: ColorMode): void {
  graph.updateEachNodeAttributes((_n, a) => ({
    ...a,
    color: mode === 'community' ? communityColor(a.community ?? 0) : entityTypeColor(a.entityType),
  }));
}

/** Deterministic layouts and communities: same data, same picture. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
