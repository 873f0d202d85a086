import { describe, expect, it } from 'vitest';
import { actorRows, relationRows } from './data-rows';
import { createGraph, edgeAttrs, nodeAttrs } from './graph-state';

function graph() {
  const g = createGraph();
  for (const [id, type] of [
    ['ua', 'Country'],
    ['ru', 'Country'],
    ['un', 'Organization'],
  ])
    g.addNode(id, {
      ...nodeAttrs({ id, name: id.toUpperCase(), type, aliases: [], degree: 5 } as never, 0, 0),
    });
  const edge = (
    id: string,
    s: string,
    t: string,
    count: number,
    firstDate?: string,
    lastDate?: string,
  ) =>
    g.addDirectedEdgeWithKey(
      id,
      s,
      t,
      edgeAttrs({
        id,
        source: s,
        target: t,
        type: 'ATTACK',
        count,
        confidence: 0.8,
        firstDate,
        lastDate,
      } as never),
    );
  edge('e1', 'ru', 'ua', 4, '2022-02-24', '2022-03-10');
  edge('e2', 'un', 'ru', 2, '2022-03-02', '2022-03-02');
  edge('e3', 'ua', 'un', 1);
  return g;
}

const none = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };

describe('actorRows', () => {
  it('counts visible relations, their evidence and date range per actor', () => {
    const rows = actorRows(graph(), none);
    expect(rows.find((r) => r.id === 'ru')).toEqual({
      id: 'ru',
      name: 'RU',
      type: 'Country',
      degree: 5,
      relations: 2,
      evidence: 6,
      firstDate: '2022-02-24',
      lastDate: '2022-03-10',
    });
    expect(rows.find((r) => r.id === 'ua')).toMatchObject({ relations: 2, evidence: 5 });
  });

  it.each([
    [
      'a hidden edge',
      { hiddenNodes: new Set<string>(), hiddenEdges: new Set(['e1']) },
      3,
      { relations: 1, evidence: 2, firstDate: '2022-03-02' },
    ],
    [
      'a hidden actor',
      { hiddenNodes: new Set(['un']), hiddenEdges: new Set<string>() },
      2,
      { relations: 1, evidence: 4 },
    ],
  ])('leaves out what %s takes away', (_n, vis, count, ru) => {
    const rows = actorRows(graph(), vis);
    expect(rows).toHaveLength(count);
    expect(rows.find((r) => r.id === 'ru')).toMatchObject(ru);
  });
});

describe('relationRows', () => {
  it('lists visible relations with names, evidence and dates', () => {
    const rows = relationRows(graph(), {
      hiddenNodes: new Set(['un']),
      hiddenEdges: new Set<string>(),
    });
    expect(rows).toEqual([
      {
        id: 'e1',
        source: 'ru',
        sourceName: 'RU',
        type: 'ATTACK',
        target: 'ua',
        targetName: 'UA',
        evidence: 4,
        confidence: 0.8,
        firstDate: '2022-02-24',
        lastDate: '2022-03-10',
        negated: false,
      },
    ]);
  });
});
