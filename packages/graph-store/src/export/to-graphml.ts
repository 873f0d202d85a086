/**
 * GraphML (yEd, Cytoscape, NetworkX, graphology-graphml). graphology-graphml only parses, so
 * this writes the XML itself; lists (aliases) travel as JSON strings since GraphML has no lists.
 * Drawing attributes use the names Gephi's and Cytoscape's importers read: `x`, `y`, `size`,
 * `r`/`g`/`b` and a `#rrggbb` `color`.
 */
import type { GraphEdge, GraphNode, Subgraph } from '@kg/schema';
import { buildGraph, connectedEdges, edgeAttributes, nodeAttributes } from './build-graph';
import { exportEdgeColor, layoutForExport, type NodeDrawing } from './export-layout';
import { xmlEscape } from './xml-escape';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

const NODE_KEYS: Array<[string, KeyType]> = [
  ['label', 'string'],
  ['name', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['iso3', 'string'],
  ['degree', 'int'],
  ['hiddenNeighbors', 'int'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['color', 'string'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
];
const EDGE_KEYS: Array<[string, KeyType]> = [
  ['label', 'string'],
  ['type', 'string'],
  ['count', 'int'],
  ['confidence', 'double'],
  ['cameo', 'string'],
  ['quadClass', 'int'],
  ['role', 'string'],
  ['firstDate', 'string'],
  ['lastDate', 'string'],
  ['negated', 'boolean'],
  ['color', 'string'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
];

/** `#rrggbb` → its colour and the r/g/b channels. */
function rgb(color: string): { color: string; r: number; g: number; b: number } {
  const v = parseInt(color.slice(1), 16);
  return { color, r: (v >> 16) & 255, g: (v >> 8) & 255, b: v & 255 };
}

function dataLines(
  attributes: Record<string, unknown>,
  keys: Array<[string, KeyType]>,
  prefix: string,
): string[] {
  return keys
    .filter(([name]) => attributes[name] !== undefined)
    .map(([name]) => {
      const v = attributes[name];
      const text = Array.isArray(v) ? JSON.stringify(v) : String(v);
      return `      <data key="${prefix}_${name}">${xmlEscape(text)}</data>`;
    });
}

function keyLines(keys: Array<[string, KeyType]>, kind: 'node' | 'edge'): string[] {
  const prefix = kind === 'node' ? 'n' : 'e';
  return keys.map(
    ([name, type]) =>
      `  <key id="${prefix}_${name}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`,
  );
}

export function toGraphML(subgraph: Subgraph): string {
  const drawing = layoutForExport(buildGraph(subgraph));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines(NODE_KEYS, 'node'),
    ...keyLines(EDGE_KEYS, 'edge'),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of subgraph.nodes) {
    lines.push(
      `    <node id="${xmlEscape(node.id)}">`,
      ...dataLines(nodeDrawn(node, drawing), NODE_KEYS, 'n'),
      '    </node>',
    );
  }
  for (const edge of connectedEdges(subgraph)) {
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      ...dataLines(edgeDrawn(edge), EDGE_KEYS, 'e'),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function nodeDrawn(node: GraphNode, drawing: Map<string, NodeDrawing>): Record<string, unknown> {
  const d = drawing.get(node.id);
  if (!d) return nodeAttributes(node);
  return { ...nodeAttributes(node), x: d.x, y: d.y, size: d.size, ...rgb(d.color) };
}

function edgeDrawn(edge: GraphEdge): Record<string, unknown> {
  const attributes = edgeAttributes(edge);
  return { ...attributes, ...rgb(exportEdgeColor(attributes)) };
}
