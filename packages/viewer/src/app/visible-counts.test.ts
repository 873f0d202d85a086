import { describe, expect, it } from 'vitest';
import { describeCount, describeVisible, visibleCounts } from './visible-counts';
import { createGraph } from './graph-state';

function triangle() {
  const g = createGraph();
  for (const id of ['a', 'b', 'c']) g.addNode(id, { label: id, entityType: 'Country' } as never);
  g.addEdgeWithKey('ab', 'a', 'b', {} as never);
  g.addEdgeWithKey('bc', 'b', 'c', {} as never);
  g.addEdgeWithKey('ca', 'c', 'a', {} as never);
  return g;
}

describe('visibleCounts', () => {
  it.each([
    ['nothing hidden', [], [], { actors: 3, relations: 3, filtered: false }],
    ['one edge hidden', [], ['ab'], { actors: 3, relations: 2, filtered: true }],
    ['a node hides its edges', ['c'], [], { actors: 2, relations: 1, filtered: true }],
    ['node and edge', ['c'], ['ab'], { actors: 2, relations: 0, filtered: true }],
  ])('%s', (_name, nodes, edges, expected) => {
    const counts = visibleCounts(triangle(), {
      hiddenNodes: new Set(nodes),
      hiddenEdges: new Set(edges),
    });
    expect(counts).toEqual({ ...expected, actorsTotal: 3, relationsTotal: 3 });
  });
});

describe('describeCount / describeVisible', () => {
  it.each([
    [49, 112, 'relations', '49 of 112 relations'],
    [112, 112, 'relations', '112 relations'],
    [1, 1, 'actors', '1 actor'],
    [0, 1, 'actors', '0 of 1 actor'],
  ])('%i of %i %s', (shown, total, noun, text) => {
    expect(describeCount(shown, total, noun)).toBe(text);
  });

  it('says when filters are on', () => {
    const base = { actors: 2, actorsTotal: 3, relations: 1, relationsTotal: 3 };
    expect(describeVisible({ ...base, filtered: true })).toBe(
      '2 of 3 actors · 1 of 3 relations shown (filters on)',
    );
    expect(
      describeVisible({
        actors: 3,
        actorsTotal: 3,
        relations: 3,
        relationsTotal: 3,
        filtered: false,
      }),
    ).toBe('3 actors · 3 relations on screen');
  });
});
