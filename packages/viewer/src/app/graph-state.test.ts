import { describe, expect, it } from 'vitest';
import type { Subgraph } from '@kg/schema';
import { createGraph, createHistory, mergeSubgraph } from './graph-state';
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
