import gexf from 'graphology-gexf';
import type { Subgraph } from '@kg/schema';
import { buildGraph } from './build-graph';
import { exportEdgeColor, layoutForExport } from './export-layout';

/**
 * GEXF 1.3 for Gephi, written by graphology-gexf (1.3 declares the `viz` namespace correctly;
 * the library's 1.2 output misspells it). Nodes carry position, size and type colour, edges the
 * colour of their class and thickness from their evidence count, as on screen. `aliases` is a
 * `liststring` (Gephi splits it on `|`); every other attribute keeps its type.
 */
export function toGEXF(subgraph: Subgraph): string {
  const graph = buildGraph(subgraph);
  const drawing = layoutForExport(graph);
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const { label, ...rest } = attributes;
      const d = drawing.get(key)!;
      return { label, attributes: rest, viz: { x: d.x, y: d.y, size: d.size, color: d.color } };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      const viz = { color: exportEdgeColor(attributes), thickness: Math.min(8, attributes.count) };
      return { label, weight: attributes.count, attributes: rest, viz };
    },
  });
}
