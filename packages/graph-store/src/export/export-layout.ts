/**
 * Positions, sizes and colours for the file exports, so a graph opened in Gephi, yEd or
 * Cytoscape is drawn as on screen instead of as a pile at the origin. Deterministic: nodes start
 * on a circle in id order and ForceAtlas2 runs a fixed number of iterations.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { edgeColor, entityTypeColor } from '@kg/schema/constants';
import type { EdgeAttributes, NodeAttributes } from './build-graph';

export interface NodeDrawing {
  x: number;
  y: number;
  size: number;
  color: string;
}

const ITERATIONS = 150;
const RADIUS = 100;

/** Drawing of every node: ForceAtlas2 position, size from degree, colour from entity type. */
export function layoutForExport(
  graph: Graph<NodeAttributes, EdgeAttributes>,
): Map<string, NodeDrawing> {
  const ids = graph.nodes().sort();
  const start: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, ids.length);
    start[id] = { x: RADIUS * Math.cos(angle), y: RADIUS * Math.sin(angle) };
  });
  const positioned = graph.copy();
  positioned.forEachNode((id) => positioned.mergeNodeAttributes(id, start[id] as never));
  const settings = forceAtlas2.inferSettings(positioned);
  const positions =
    ids.length > 1
      ? forceAtlas2(positioned, { iterations: ITERATIONS, settings })
      : (start as Record<string, { x: number; y: number }>);
  const drawing = new Map<string, NodeDrawing>();
  for (const id of ids) {
    const p = positions[id] ?? start[id]!;
    drawing.set(id, {
      x: round(p.x),
      y: round(p.y),
      size: round(4 + 2 * Math.sqrt(graph.degree(id))),
      color: entityTypeColor(graph.getNodeAttribute(id, 'type')),
    });
  }
  return drawing;
}

/** Edge colour as on screen: quad class for interactions, grey for structure. */
export function exportEdgeColor(attributes: EdgeAttributes): string {
  return edgeColor(attributes.type, attributes.quadClass);
}

const round = (v: number): number => Math.round(v * 100) / 100;
