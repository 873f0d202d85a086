import { describe, expect, it } from 'vitest';
import {
  addDays,
  computeVisibility,
  dateExtent,
  daysBetween,
  DEFAULT_FILTERS,
  edgePasses,
  filtersOff,
  type FilterState,
} from './filter-state';
import { createGraph, mergeSubgraph } from './graph-state';

function sample() {
  const g = createGraph();
  mergeSubgraph(g, {
    nodes: [
      { id: 'a', name: 'A', type: 'Person', aliases: [] },
      { id: 'b', name: 'B', type: 'Country', aliases: [] },
      { id: 'c', name: 'C', type: 'Organization', aliases: [] },
      { id: 'd', name: 'D', type: 'Location', aliases: [] },
    ],
    edges: [
      { id: 'e1', source: 'a', target: 'b', type: 'HOLDS_ROLE', count: 1, confidence: 0.9 },
      {
        id: 'e2',
        source: 'c',
        target: 'b',
        type: 'SANCTIONS',
        count: 2,
        confidence: 0.8,
        firstDate: '2022-03-01',
        lastDate: '2022-03-10',
      },
      {
        id: 'e3',
        source: 'c',
        target: 'b',
        type: 'CRITICIZES',
        count: 1,
        confidence: 0.4,
        firstDate: '2022-05-01',
        lastDate: '2022-05-01',
      },
    ],
    omittedNodes: 0,
  });
  return g;
}

describe('filter-state', () => {
  describe('#edgePasses', () => {
    it.each([
      [{ from: '2022-03-05' }, true],
      [{ from: '2022-03-11' }, false],
      [{ to: '2022-02-28' }, false],
      [{ to: '2022-03-01' }, true],
      [{ minConfidence: 0.85 }, false],
      [{ relationTypes: ['HOLDS_ROLE' as const] }, false],
    ])('should apply %o to a dated edge -> %s', (f, expected) => {
      const edge = {
        relType: 'SANCTIONS',
        confidence: 0.8,
        firstDate: '2022-03-01',
        lastDate: '2022-03-10',
      };
      expect(edgePasses(edge, { ...DEFAULT_FILTERS, ...f })).toBe(expected);
    });
    it('should keep undated edges in any date window', () => {
      expect(
        edgePasses(
          { relType: 'HOLDS_ROLE', confidence: 1 },
          { ...DEFAULT_FILTERS, from: '2030-01-01' },
        ),
      ).toBe(true);
    });
  });

  describe('#filtersOff', () => {
    it.each([
      [{}, true],
      [{ types: ['Person'] }, false],
      [{ relationTypes: ['SANCTIONS'] }, false],
      [{ from: '2022-01-01' }, false],
      [{ to: '2022-01-01' }, false],
      [{ minConfidence: 0.1 }, false],
      [{ hideIsolated: true }, false],
    ] as const)('should tell whether %o filters anything (%s)', (extra, off) => {
      const f = { ...DEFAULT_FILTERS, ...extra } as FilterState;
      expect(filtersOff(f)).toBe(off);
      // off: nothing hidden, the same answer the full walk gives
      if (off) expect(computeVisibility(sample(), f).hiddenEdges.size).toBe(0);
    });
  });

  describe('#computeVisibility', () => {
    it('should hide edges of hidden node types and isolated nodes on request', () => {
      const g = sample();
      const v = computeVisibility(g, {
        ...DEFAULT_FILTERS,
        types: ['Country', 'Organization', 'Location'],
        hideIsolated: true,
      });
      expect([...v.hiddenEdges]).toEqual(['e1']);
      expect([...v.hiddenNodes].sort()).toEqual(['a', 'd']);
    });
    it('should show everything with default filters', () => {
      const v = computeVisibility(sample(), DEFAULT_FILTERS);
      expect(v.hiddenEdges.size + v.hiddenNodes.size).toBe(0);
    });
  });

  describe('#dateExtent', () => {
    it('should span all dated edges', () => {
      expect(dateExtent(sample())).toEqual({ min: '2022-03-01', max: '2022-05-01' });
    });
  });

  describe('#addDays', () => {
    it('should be the inverse of daysBetween', () => {
      expect(addDays('2022-02-27', 3)).toBe('2022-03-02');
      expect(daysBetween('2022-02-27', '2022-03-02')).toBe(3);
    });
  });
});
