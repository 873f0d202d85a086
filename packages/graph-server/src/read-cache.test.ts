import { describe, expect, it } from 'vitest';
import { MAX_CACHED_BODY, createReadCache } from './read-cache';

describe('read-cache', () => {
  describe('#createReadCache', () => {
    it('should evict the least recently used entry beyond the size', () => {
      const cache = createReadCache<string>(2, 1000);
      cache.set('a', '1');
      cache.set('b', '2');
      cache.get('a');
      cache.set('c', '3');
      expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['1', undefined, '3']);
    });

    it('should expire entries after the ttl', () => {
      let now = 0;
      const cache = createReadCache<string>(10, 100, () => now);
      cache.set('a', '1');
      now = 99;
      expect(cache.get('a')).toBe('1');
      now = 100;
      expect(cache.get('a')).toBeUndefined();
    });

    it('should keep nothing when disabled or for huge bodies, and empty on clear', () => {
      const off = createReadCache<string>(0, 1000);
      off.set('a', '1');
      expect(off.get('a')).toBeUndefined();
      const cache = createReadCache<string>(10, 1000);
      cache.set('big', 'x'.repeat(MAX_CACHED_BODY + 1));
      cache.set('a', '1');
      expect(cache.get('big')).toBeUndefined();
      cache.clear();
      expect(cache.size).toBe(0);
    });

    it('should not store a read that started before a clear', () => {
      const cache = createReadCache<string>(10, 1000);
      const started = cache.generation;
      cache.clear();
      cache.set('a', 'stale', started);
      expect(cache.get('a')).toBeUndefined();
      cache.set('a', 'fresh', cache.generation);
      expect(cache.get('a')).toBe('fresh');
    });
  });
});
