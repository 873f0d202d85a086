/**
 * GraphML (yEd, Cytoscape, NetworkX, graphology-graphml). graphology-graphml only parses, so
 * this writes the XML itself; lists (aliases) travel as JSON strings since GraphML has no lists.
 */
import type { Subgraph } from '@kg/schema';
import { connectedEdges, edgeAttributes, nodeAttributes } from './build-graph';
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
];

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
      ...dataLines(nodeAttributes(node), NODE_KEYS, 'n'),
      '    </node>',
    );
  }
  for (const edge of connectedEdges(subgraph)) {
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      ...dataLines(edgeAttributes(edge), EDGE_KEYS, 'e'),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
