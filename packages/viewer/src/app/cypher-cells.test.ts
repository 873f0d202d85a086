import type { GraphEdge, GraphNode } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { cellText, toCell, type CellContext } from './cypher-cells';

const blr: GraphNode = { id: 'BLR', name: 'Belarus', type: 'Country', aliases: [] };
const rus: GraphNode = { id: 'RUS', name: 'Russia', type: 'Country', aliases: [] };
const sanctions: GraphEdge = {
  id: 'RUS__SANCTIONS__BLR',
  source: 'RUS',
  target: 'BLR',
  type: 'SANCTIONS',
  count: 1,
  confidence: 0.9,
};
const ctx: CellContext = {
  actors: new Map([blr, rus].map((n) => [n.id, n])),
  relations: new Map([[sanctions.id, sanctions]]),
};
const names = (id: string) => ctx.actors.get(id)?.name ?? id;

describe('cypher-cells', () => {
  it.each([
    ['null', null, 'null', ''],
    ['a number', 3, 'scalar', '3'],
    ['a boolean', false, 'scalar', 'false'],
    ['an actor', blr, 'actor', 'Belarus'],
    ['a relation', sanctions, 'relation', 'Russia —SANCTIONS→ Belarus'],
    [
      'an evidence record',
      { labels: ['Evidence'], properties: { id: 'e1', text: 'Russia sanctioned Belarus.' } },
      'record',
      'evidence record: Russia sanctioned Belarus.',
    ],
    [
      'a document',
      { labels: ['Document'], properties: { title: 'EU widens' } },
      'record',
      'document: EU widens',
    ],
    ['a mention', { type: 'MENTIONS', properties: { text: 'EU' } }, 'record', 'mention: EU'],
    [
      'an internal table',
      { labels: ['RelEvidence'], properties: {} },
      'record',
      'store record (RelEvidence)',
    ],
    [
      'a path',
      { nodes: [rus, blr], edges: [sanctions] },
      'path',
      'Russia · Russia —SANCTIONS→ Belarus · Belarus',
    ],
    ['a list', [1, 'a', null], 'list', '[1, a, ]'],
    ['a map', { n: 2, who: blr }, 'map', '{n: 2, who: Belarus}'],
    // an object that only looks like an actor (not listed by the server) stays a map
    ['an unlisted look-alike', { id: 'X', name: 'X' }, 'map', '{id: X, name: X}'],
  ])('should show %s', (_name, value, kind, text) => {
    const cell = toCell(value, ctx);
    expect(cell.kind).toBe(kind);
    expect(cellText(cell, names)).toBe(text);
  });
});
