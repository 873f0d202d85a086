import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import { communityColor, entityTypeColor } from './colors';
import { createPairKey, type KgGraph } from './graph-state';
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

/** PageRank and Louvain communities (the slow part: deferred until after the first frame). */
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
  // One pass, one graph event (sigma reprocesses once, not once per node).
  graph.updateEachNodeAttributes(
    (n, a) => {
      a.pagerank = ranks[n] ?? 0;
      a.community = communities[n] ?? 0;
      return a;
    },
    { attributes: ['pagerank', 'community'] },
  );
  return { communities: new Set(Object.values(communities)).size, modularity };
}

/** Metrics the current size/colour modes need before they can draw. */
export function needsMetrics(sizeMode: SizeMode, colorMode: ColorMode): boolean {
  return sizeMode === 'pagerank' || colorMode === 'community';
}

/**
 * Degree (distinct neighbours, self excluded: the metrics projection's degree), node radius
 * (4..22 px from degree or PageRank) and colour. Two passes, attributes changed in place
 * without graph events: callers refresh sigma (`restyle`) or run it detached (`batch`).
 */
export function styleNodes(graph: KgGraph, size: SizeMode, color: ColorMode): void {
  graph.forEachNode((_n, a) => {
    a.degree = 0;
  });
  // each pair of actors joined by any number of edges counts once for both
  const key = createPairKey(graph);
  const seen = new Set<number>();
  graph.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (s === t) return;
    const k = key(s, t);
    if (seen.has(k)) return;
    seen.add(k);
    sa.degree++;
    ta.degree++;
  });
  let max = 0;
  graph.forEachNode((_n, a) => {
    max = Math.max(max, size === 'pagerank' ? (a.pagerank ?? 0) : a.degree);
  });
  graph.forEachNode((_n, a) => {
    const v = size === 'pagerank' ? (a.pagerank ?? 0) : a.degree;
    a.size = 4 + 18 * (max > 0 ? Math.sqrt(v / max) : 0);
    a.color =
      color === 'community' ? communityColor(a.community ?? 0) : entityTypeColor(a.entityType);
  });
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
