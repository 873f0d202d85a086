/** Subgraph -> graphology MultiDirectedGraph, the common input of the file-format writers. */
import Graph from 'graphology';
import type { GraphEdge, GraphNode, Subgraph } from '@kg/schema';

export type NodeAttributes = Omit<GraphNode, 'id'> & { label: string };
export type EdgeAttributes = Omit<GraphEdge, 'id' | 'source' | 'target'> & { label: string };

/** Drops undefined values so writers do not emit empty attributes. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function nodeAttributes(node: GraphNode): NodeAttributes {
  const { id: _id, ...rest } = node;
  return defined({ label: node.name, ...rest, aliases: [...node.aliases] });
}

export function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  const { id: _id, source: _s, target: _t, ...rest } = edge;
  return defined({ label: edge.type, ...rest });
}

/** Edges whose ends are not among the nodes are left out (a Subgraph is closed by contract). */
export function connectedEdges(subgraph: Subgraph): GraphEdge[] {
  const ids = new Set(subgraph.nodes.map((n) => n.id));
  return subgraph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}

export function buildGraph(subgraph: Subgraph): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
  for (const node of subgraph.nodes) graph.mergeNode(node.id, nodeAttributes(node));
  for (const edge of connectedEdges(subgraph)) {
    if (!graph.hasEdge(edge.id))
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  return graph;
}
