import type { GraphEdge, GraphNode } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { describePaths, stepArrow } from './path-steps';

const node = (id: string): GraphNode => ({ id, name: id, type: 'Country', aliases: [] });
const edge = (source: string, type: GraphEdge['type'], target: string): GraphEdge => ({
  id: `${source}__${type}__${target}`,
  source,
  target,
  type,
  count: 1,
  confidence: 0.9,
});
const sub = {
  nodes: ['A', 'B', 'C'].map(node),
  edges: [edge('A', 'SANCTIONS', 'B'), edge('C', 'CRITICIZES', 'B'), edge('C', 'SUPPORTS', 'B')],
};

describe('describePaths', () => {
  it('should name each step with its relation and direction', () => {
    const [p] = describePaths(
      [{ nodes: ['A', 'B', 'C'], edges: ['A__SANCTIONS__B', 'C__CRITICIZES__B'] }],
      sub,
    );
    expect(p.steps.map(stepArrow)).toEqual(['—SANCTIONS→', '←CRITICIZES—']);
    expect(p.steps.map((s) => [s.from, s.to])).toEqual([
      ['A', 'B'],
      ['B', 'C'],
    ]);
  });

  it.each([
    [
      'exact duplicates',
      [
        ['A__SANCTIONS__B', 'C__CRITICIZES__B'],
        ['A__SANCTIONS__B', 'C__CRITICIZES__B'],
      ],
      1,
    ],
    [
      'alternatives through the same actors',
      [
        ['A__SANCTIONS__B', 'C__CRITICIZES__B'],
        ['A__SANCTIONS__B', 'C__SUPPORTS__B'],
      ],
      2,
    ],
    ['an edge the subgraph lacks', [['A__SANCTIONS__B', 'C__MEETS__B']], 0],
  ])('should keep the right paths for %s', (_name, edgeLists, count) => {
    const paths = edgeLists.map((edges) => ({ nodes: ['A', 'B', 'C'], edges }));
    expect(describePaths(paths, sub)).toHaveLength(count);
  });
});
