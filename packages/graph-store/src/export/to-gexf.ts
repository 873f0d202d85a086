import gexf from 'graphology-gexf';
import type { Subgraph } from '@kg/schema';
import { buildGraph } from './build-graph';

/**
 * GEXF 1.2 for Gephi, written by graphology-gexf. `aliases` is a `liststring` (Gephi splits
 * it on `|`); every other attribute keeps its type (integer count, double confidence...).
 */
export function toGEXF(subgraph: Subgraph): string {
  const graph = buildGraph(subgraph);
  return gexf.write(graph, {
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label, attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label, weight: attributes.count, attributes: rest };
    },
  });
}
