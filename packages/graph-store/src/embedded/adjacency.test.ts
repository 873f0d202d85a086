import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '@kg/schema';
import { Adjacency } from './adjacency';

const edge = (source: string, target: string, confidence = 0.5): GraphEdge => ({
  id: `${source}__SUPPORTS__${target}`,
  source,
  target,
  type: 'SUPPORTS',
  count: 1,
  confidence,
  negated: false,
});

const idsAt = (adj: Adjacency, id: string): string[] =>
  [...adj.edgesOf(id)].map((e) => e.id).sort();

describe('adjacency', () => {
  describe('#upsert / #remove', () => {
    it('should patch rows built before the write and keep degrees', () => {
      const adj = new Adjacency();
      adj.upsert(edge('a', 'b'));
      adj.upsert(edge('b', 'c'));
      expect(idsAt(adj, 'b')).toEqual(['a__SUPPORTS__b', 'b__SUPPORTS__c']); // builds the CSR
      adj.upsert(edge('b', 'd'));
      adj.remove('a__SUPPORTS__b');
      adj.upsert(edge('b', 'b'));
      expect(idsAt(adj, 'b')).toEqual(['b__SUPPORTS__b', 'b__SUPPORTS__c', 'b__SUPPORTS__d']);
      expect(idsAt(adj, 'a')).toEqual([]);
      expect(idsAt(adj, 'd')).toEqual(['b__SUPPORTS__d']);
      expect([adj.degree('b'), adj.degree('a'), adj.size]).toEqual([3, 0, 3]);
    });

    it('should update an edge in place and filter on its new confidence', () => {
      const adj = new Adjacency();
      adj.upsert(edge('a', 'b', 0.2));
      const ok = (): boolean => {
        const row = adj.links(adj.indexOf('a'));
        return adj.test({ minConfidence: 0.5 })(row[0]);
      };
      expect(ok()).toBe(false);
      adj.upsert(edge('a', 'b', 0.9));
      expect(ok()).toBe(true);
      expect(adj.size).toBe(1);
    });
  });
});
