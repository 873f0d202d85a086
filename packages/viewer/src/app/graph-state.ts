import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { GraphEdge, GraphNode, Subgraph } from '@kg/schema';
import { edgeColor, edgeQuadClass, entityTypeColor } from './colors';

export interface NodeAttrs {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: string;
  aliases: string[];
  hiddenNeighbors: number;
  degree: number;
  pagerank?: number;
  community?: number;
  fixed?: boolean;
  [key: string]: unknown;
}

export interface EdgeAttrs {
  relType: string;
  quadClass?: number;
  color: string;
  size: number;
  count: number;
  confidence: number;
  firstDate?: string;
  lastDate?: string;
  negated?: boolean;
  role?: string;
  type: string;
  curvature?: number;
  [key: string]: unknown;
}

export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

export function nodeAttrs(n: GraphNode, x: number, y: number): NodeAttrs {
  return {
    label: n.name,
    x,
    y,
    size: 6,
    color: entityTypeColor(n.type),
    entityType: n.type,
    aliases: n.aliases,
    hiddenNeighbors: n.hiddenNeighbors ?? 0,
    degree: n.degree ?? 0,
  };
}

export function edgeAttrs(e: GraphEdge): EdgeAttrs {
  return {
    relType: e.type,
    quadClass: edgeQuadClass(e.type, e.quadClass),
    color: edgeColor(e.type, e.quadClass),
    size: Math.min(6, 1 + Math.log2(1 + e.count)),
    count: e.count,
    confidence: e.confidence,
    firstDate: e.firstDate,
    lastDate: e.lastDate,
    negated: e.negated,
    role: e.role,
    type: 'arrow',
  };
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Add a subgraph's nodes and edges that are not there yet. New nodes go on a small ring around
 * `anchor` (expansion: no full re-layout; at least `minRadius` away, in graph coordinates) or on
 * a circle (fresh graph, before layout).
 */
export function mergeSubgraph(
  graph: KgGraph,
  sub: Subgraph,
  anchor?: string,
  minRadius = 0,
): MergeResult {
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.id));
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
  const radius = centre ? Math.max(spreadRadius(graph), minRadius) : 100;
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + (centre ? 0.3 : 0);
    const r = centre
      ? radius * (0.6 + 0.4 * ((i % 3) / 2))
      : radius * Math.sqrt((i + 1) / fresh.length);
    graph.addNode(
      n.id,
      nodeAttrs(n, (centre?.x ?? 0) + r * Math.cos(angle), (centre?.y ?? 0) + r * Math.sin(angle)),
    );
  });
  const added = new Set(fresh.map((n) => n.id));
  for (const n of sub.nodes) {
    if (!added.has(n.id) && graph.hasNode(n.id) && n.hiddenNeighbors !== undefined)
      graph.setNodeAttribute(n.id, 'hiddenNeighbors', n.hiddenNeighbors);
  }
  const addedEdges: string[] = [];
  for (const e of sub.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e));
    addedEdges.push(e.id);
  }
  if (addedEdges.length) curveParallelEdges(graph);
  return { addedNodes: fresh.map((n) => n.id), addedEdges };
}

/** A tenth of the graph's extent: near enough to read as "next to", far enough not to overlap. */
function spreadRadius(graph: KgGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  });
  return Number.isFinite(maxX - minX) && maxX > minX ? (maxX - minX) / 10 : 30;
}

/**
 * Edges sharing a pair of actors (either direction) are drawn curved, each with its own
 * curvature so none overlap; single edges stay straight. (Own indexer: @sigma/edge-curve's
 * needs WebGL at import and only groups same-direction edges.)
 */
export function curveParallelEdges(graph: KgGraph): void {
  // Pairs keyed by two node numbers (no string per edge); a pair's first edge is kept as is,
  // a list only once a second edge shares it: most pairs have one edge.
  const index = new Map<string, number>();
  let next = 0;
  const num = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = next++));
    return i;
  };
  const order = graph.order;
  const groups = new Map<number, string | string[]>();
  graph.forEachEdge((edge, _a, s, t) => {
    const i = num(s);
    const j = num(t);
    const key = i < j ? i * order + j : j * order + i;
    const seen = groups.get(key);
    if (seen === undefined) groups.set(key, edge);
    else if (typeof seen === 'string') groups.set(key, [seen, edge]);
    else seen.push(edge);
  });
  const curvature = new Map<string, number>();
  for (const edges of groups.values())
    if (typeof edges !== 'string') edges.forEach((edge, i) => curvature.set(edge, 0.2 + 0.25 * i));
  // One pass and one graph event, not one per edge.
  graph.updateEachEdgeAttributes(
    (edge, a) => {
      const c = curvature.get(edge);
      a.type = c === undefined ? 'arrow' : 'curvedArrow';
      a.curvature = c ?? 0;
      return a;
    },
    { attributes: ['type', 'curvature'] },
  );
}

/**
 * Snapshot-based undo: each step stores the graph as it was before a change, and what `extra`
 * saves beside it (the list of expanded actors).
 */
export function createHistory<T = undefined>(
  graph: KgGraph,
  limit = 30,
  extra?: { save(): T; restore(value: T): void },
) {
  const stack: Array<{ graph: SerializedGraph<NodeAttrs, EdgeAttrs>; extra?: T }> = [];
  return {
    push(): void {
      stack.push({ graph: graph.export(), extra: extra?.save() });
      if (stack.length > limit) stack.shift();
    },
    undo(): boolean {
      const prev = stack.pop();
      if (!prev) return false;
      graph.clear();
      graph.import(prev.graph);
      if (extra) extra.restore(prev.extra as T);
      return true;
    },
    get size(): number {
      return stack.length;
    },
  };
}
export type History = ReturnType<typeof createHistory>;
