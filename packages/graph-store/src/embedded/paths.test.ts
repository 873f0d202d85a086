import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { PathsQuerySchema, RELATION_TYPES, relationId } from '@kg/schema';
import type { GraphEdge } from '@kg/schema';
import { createRandom } from '../contract/synthetic';
import { Adjacency } from './adjacency';
import { SearchIndex } from './search-index';
import { paths } from './paths';

function randomView(nodes: number, edges: number, seed: number) {
  const rand = createRandom(seed);
  const index = new SearchIndex();
  const adjacency = new Adjacency();
  const g = new Graph({ type: 'undirected', multi: true });
  for (let i = 0; i < nodes; i++) {
    index.upsert({ id: `n${i}`, name: `Node ${i}`, type: 'Person', aliases: [], degree: 0 });
    g.addNode(`n${i}`);
  }
  for (let k = 0; k < edges; k++) {
    const a = `n${Math.floor(rand() * nodes)}`;
    const b = `n${Math.floor(rand() * nodes)}`;
    const type = RELATION_TYPES[Math.floor(rand() * 20)];
    const e: GraphEdge = {
      id: relationId(a, type, b),
      source: a,
      target: b,
      type,
      count: 1,
      confidence: 0.5,
    };
    if (a === b || adjacency.edge(e.id)) continue;
    adjacency.upsert(e);
    g.addEdge(a, b);
  }
  return { view: { index, adjacency }, g, rand };
}

describe('paths', () => {
  describe('#paths', () => {
    it.each([
      [60, 90, 1],
      [200, 400, 2],
      [500, 700, 3],
    ])(
      'should find shortest paths of the same length as graphology (%i nodes, %i edges)',
      (n, m, seed) => {
        const { view, g, rand } = randomView(n, m, seed);
        for (let k = 0; k < 40; k++) {
          const from = `n${Math.floor(rand() * n)}`;
          const to = `n${Math.floor(rand() * n)}`;
          const expected = bidirectional(g, from, to);
          const r = paths(view, PathsQuerySchema.parse({ from, to, maxHops: 6, limit: 3 }));
          if (!expected || expected.length - 1 > 6) {
            expect(r?.paths).toEqual([]);
            continue;
          }
          expect(r?.paths.length).toBeGreaterThan(0);
          for (const p of r?.paths ?? []) {
            expect(p.nodes).toHaveLength(expected.length);
            expect(p.nodes[0]).toBe(from);
            expect(p.nodes.at(-1)).toBe(to);
            p.edges.forEach((id, i) => {
              const e = view.adjacency.edge(id);
              expect([e?.source, e?.target].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
            });
          }
        }
      },
    );
  });
});
