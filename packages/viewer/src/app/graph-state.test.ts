import { describe, expect, it } from 'vitest';
import type { Subgraph } from '@kg/schema';
import {
  createGraph,
  createHistory,
  curveParallelEdges,
  edgeAttrs,
  graphExtent,
  mergeSubgraph,
} from './graph-state';
import { legendItems } from './legend-items';
import { computeMetrics, styleNodes } from './metrics';

const base: Subgraph = {
  nodes: [
    { id: 'a', name: 'A', type: 'Person', aliases: [] },
    { id: 'b', name: 'B', type: 'Country', aliases: [], hiddenNeighbors: 4 },
  ],
  edges: [
    { id: 'ab1', source: 'a', target: 'b', type: 'HOLDS_ROLE', count: 1, confidence: 1 },
    { id: 'ab2', source: 'a', target: 'b', type: 'CONSULTS', count: 3, confidence: 1 },
  ],
  omittedNodes: 0,
};

describe('graph-state', () => {
  describe('#mergeSubgraph', () => {
    it('should add nodes and edges once and curve parallel edges', () => {
      const g = createGraph();
      expect(mergeSubgraph(g, base).addedNodes).toEqual(['a', 'b']);
      expect(mergeSubgraph(g, base)).toEqual({ addedNodes: [], addedEdges: [] });
      expect(g.order).toBe(2);
      expect(g.size).toBe(2);
      expect(g.getEdgeAttribute('ab1', 'type')).toBe('curvedArrow');
      expect(g.getNodeAttribute('b', 'hiddenNeighbors')).toBe(4);
    });

    it('should place expanded nodes near their anchor', () => {
      const g = createGraph();
      mergeSubgraph(g, base);
      g.mergeNodeAttributes('b', { x: 1000, y: 1000 });
      g.mergeNodeAttributes('a', { x: 0, y: 0 });
      mergeSubgraph(
        g,
        { nodes: [{ id: 'c', name: 'C', type: 'Group', aliases: [] }], edges: [], omittedNodes: 0 },
        'b',
      );
      const c = g.getNodeAttributes('c');
      expect(Math.hypot(c.x - 1000, c.y - 1000)).toBeLessThan(200);
    });

    it('should skip edges whose endpoints are missing', () => {
      const g = createGraph();
      mergeSubgraph(g, { ...base, nodes: [base.nodes[0]] });
      expect(g.size).toBe(0);
    });
  });

  describe('#graphExtent', () => {
    it('should give the larger side of the bounding box, 0 when empty', () => {
      const g = createGraph();
      expect(graphExtent(g)).toBe(0);
      mergeSubgraph(g, base);
      g.mergeNodeAttributes('a', { x: -10, y: 5 });
      g.mergeNodeAttributes('b', { x: 20, y: -45 });
      expect(graphExtent(g)).toBe(50);
    });
  });

  describe('#edgeAttrs', () => {
    it('should keep the attributes sigma copies narrow, the relation nested', () => {
      const a = edgeAttrs({ ...base.edges[1], firstDate: '2024-01-02', role: 'envoy' });
      // sigma copies every edge's attributes on each full refresh: a wide object is slow
      expect(Object.keys(a).sort()).toEqual(['color', 'curvature', 'relation', 'size', 'type']);
      expect(a.relation).toMatchObject({
        relType: 'CONSULTS',
        quadClass: 1,
        count: 3,
        confidence: 1,
        firstDate: '2024-01-02',
        role: 'envoy',
      });
    });
  });

  describe('#curveParallelEdges', () => {
    it('should curve each edge of a pair (either direction) differently and keep single edges straight', () => {
      const g = createGraph();
      for (const id of ['a', 'b', 'c', 'd']) g.addNode(id, { x: 0, y: 0 } as never);
      const edges: Array<[string, string, string]> = [
        ['ab1', 'a', 'b'],
        ['ba', 'b', 'a'],
        ['ab2', 'a', 'b'],
        ['bc', 'b', 'c'],
        ['cd', 'c', 'd'],
        ['dc', 'd', 'c'],
        ['aa', 'a', 'a'],
      ];
      for (const [key, s, t] of edges)
        g.addDirectedEdgeWithKey(key, s, t, { type: 'arrow' } as never);
      curveParallelEdges(g);
      const look = (e: string) => [
        g.getEdgeAttribute(e, 'type'),
        g.getEdgeAttribute(e, 'curvature'),
      ];
      expect(look('ab1')).toEqual(['curvedArrow', 0.2]);
      expect(look('ba')).toEqual(['curvedArrow', 0.45]);
      expect(look('ab2')).toEqual(['curvedArrow', 0.7]);
      expect(look('bc')).toEqual(['arrow', 0]);
      expect(look('aa')).toEqual(['arrow', 0]);
      expect(look('cd')).toEqual(['curvedArrow', 0.2]);
      expect(look('dc')).toEqual(['curvedArrow', 0.45]);
      // a pair left with one edge straightens again
      g.dropEdge('dc');
      curveParallelEdges(g);
      expect(look('cd')).toEqual(['arrow', 0]);
    });
  });

  describe('#createHistory', () => {
    it('should undo to the previous snapshot', () => {
      const g = createGraph();
      const history = createHistory(g);
      mergeSubgraph(g, base);
      history.push();
      mergeSubgraph(g, {
        nodes: [{ id: 'c', name: 'C', type: 'Group', aliases: [] }],
        edges: [],
        omittedNodes: 0,
      });
      expect(g.order).toBe(3);
      expect(history.undo()).toBe(true);
      expect(g.order).toBe(2);
      expect(history.undo()).toBe(false);
    });
  });

  describe('#computeMetrics', () => {
    it('should write PageRank and community, and size nodes by degree or PageRank', () => {
      const g = createGraph();
      mergeSubgraph(g, base);
      mergeSubgraph(g, {
        nodes: [{ id: 'c', name: 'C', type: 'Group', aliases: [] }],
        edges: [{ id: 'cb', source: 'c', target: 'b', type: 'SANCTIONS', count: 1, confidence: 1 }],
        omittedNodes: 0,
      });
      // The two parallel relations a -> b count once.
      styleNodes(g, 'degree', 'type');
      expect(g.getNodeAttribute('b', 'degree')).toBe(2);
      expect(g.getNodeAttribute('a', 'degree')).toBe(1);
      expect(g.getNodeAttribute('b', 'size')).toBe(22);
      const summary = computeMetrics(g);
      expect(summary.communities).toBeGreaterThanOrEqual(1);
      expect(g.getNodeAttribute('b', 'pagerank')).toBeGreaterThan(
        g.getNodeAttribute('a', 'pagerank') ?? 1,
      );
      styleNodes(g, 'pagerank', 'community');
      expect(g.getNodeAttribute('b', 'size')).toBeGreaterThan(g.getNodeAttribute('a', 'size'));
    });
  });

  describe('#legendItems', () => {
    it('should list present entity types and relation classes with counts', () => {
      const g = createGraph();
      mergeSubgraph(g, base);
      const items = legendItems(g, 'type');
      expect(items.map((i) => `${i.kind}:${i.label}:${i.count}`)).toEqual([
        'node:Country:1',
        'node:Person:1',
        'edge:Verbal cooperation:1',
        'edge:Structural (role, membership…):1',
      ]);
    });
  });
});
