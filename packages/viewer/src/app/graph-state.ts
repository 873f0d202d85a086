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

/** What an edge says (the relation's own fields), kept apart from how it is drawn. */
export interface EdgeRelation {
  relType: string;
  quadClass?: number;
  count: number;
  confidence: number;
  firstDate?: string;
  lastDate?: string;
  negated?: boolean;
  role?: string;
}

/**
 * Edge attributes: the display fields sigma reads, and the relation in one nested object.
 * Narrow on purpose: sigma copies every edge's attributes on each full refresh (first frame
 * included), and a copy of 12 fields cost ~7 µs per edge, a quarter of the first frame at 10k.
 */
export interface EdgeAttrs {
  color: string;
  size: number;
  type: string;
  curvature: number;
  relation: EdgeRelation;
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
    color: edgeColor(e.type, e.quadClass),
    size: Math.min(6, 1 + Math.log2(1 + e.count)),
    type: 'arrow',
    curvature: 0,
    relation: {
      relType: e.type,
      quadClass: edgeQuadClass(e.type, e.quadClass),
      count: e.count,
      confidence: e.confidence,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
      negated: e.negated,
      role: e.role,
    },
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
  const fresh: GraphNode[] = [];
  for (const n of sub.nodes) {
    if (!graph.hasNode(n.id)) fresh.push(n);
    else if (n.hiddenNeighbors !== undefined)
      graph.setNodeAttribute(n.id, 'hiddenNeighbors', n.hiddenNeighbors);
  }
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
  const radius = centre ? Math.max(spreadRadius(graph), minRadius) : 100;
  const addedNodes = fresh.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + (centre ? 0.3 : 0);
    const r = centre
      ? radius * (0.6 + 0.4 * ((i % 3) / 2))
      : radius * Math.sqrt((i + 1) / fresh.length);
    const x = (centre?.x ?? 0) + r * Math.cos(angle);
    const y = (centre?.y ?? 0) + r * Math.sin(angle);
    graph.addNode(n.id, nodeAttrs(n, x, y));
    return n.id;
  });
  const addedEdges: string[] = [];
  for (const e of sub.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e));
    addedEdges.push(e.id);
  }
  if (addedEdges.length) curveParallelEdges(graph);
  return { addedNodes, addedEdges };
}

/** The larger side of the graph's bounding box (sigma fits that side to the screen); 0 if empty. */
export function graphExtent(graph: KgGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return graph.order ? Math.max(maxX - minX, maxY - minY) : 0;
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
 * A number for each unordered pair of actors (`key(s, t) === key(t, s)`): no string per edge.
 * Valid while the graph's node set does not change.
 */
export function createPairKey(graph: KgGraph): (s: string, t: string) => number {
  const index = new Map<string, number>();
  const order = graph.order;
  const num = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = index.size));
    return i;
  };
  return (s, t) => {
    const i = num(s);
    const j = num(t);
    return i < j ? i * order + j : j * order + i;
  };
}

/**
 * Edges sharing a pair of actors (either direction) are drawn curved, each with its own
 * curvature so none overlap; single edges stay straight. (Own indexer: @sigma/edge-curve's
 * needs WebGL at import and only groups same-direction edges.)
 * Attributes are changed in place, without graph events: callers run it with sigma detached
 * (`batch`), which re-indexes everything on attach.
 */
export function curveParallelEdges(graph: KgGraph): void {
  // A pair's first edge is kept as is, a list only once a second edge shares it.
  const key = createPairKey(graph);
  const groups = new Map<number, EdgeAttrs | EdgeAttrs[]>();
  graph.forEachEdge((_edge, a, s, t) => {
    const k = key(s, t);
    const seen = groups.get(k);
    if (seen === undefined) groups.set(k, a);
    else if (Array.isArray(seen)) seen.push(a);
    else groups.set(k, [seen, a]);
  });
  for (const edges of groups.values()) {
    if (!Array.isArray(edges)) {
      // most edges: only written when a pair lost its other edges (collapse, undo)
      if (edges.type !== 'arrow' || edges.curvature !== 0) {
        edges.type = 'arrow';
        edges.curvature = 0;
      }
      continue;
    }
    edges.forEach((a, i) => {
      a.type = 'curvedArrow';
      a.curvature = 0.2 + 0.25 * i;
    });
  }
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
