import type { SerializedGraph } from 'graphology-types';
import type { Subgraph } from '@kg/schema';
import { buildGraph, type EdgeAttributes, type NodeAttributes } from './build-graph';

/** graphology's serialisation format (`graph.import(json)` rebuilds it in a viewer). */
export function toGraphologyJSON(
  subgraph: Subgraph,
): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return buildGraph(subgraph).export();
}
