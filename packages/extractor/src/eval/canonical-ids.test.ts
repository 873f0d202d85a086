import { describe, expect, it } from 'vitest';
import { createCanonicalId } from './canonical-ids';

describe('canonical-ids', () => {
  describe('#createCanonicalId', () => {
    it.each([
      [{ kremlin: 'russia' }, 'kremlin', 'russia'],
      [{ kremlin: 'russia' }, 'russia', 'russia'],
      [{ kremlin: 'russia' }, 'belarus', 'belarus'],
      [{ kremlin: 'moscow', moscow: 'russia' }, 'kremlin', 'russia'],
      [{ a: 'b', b: 'a' }, 'a', 'a'],
      [{}, 'x', 'x'],
    ])('should map with %j: %s -> %s', (equivalent, id, expected) => {
      expect(createCanonicalId({ equivalent })(id)).toBe(expected);
    });
  });
});
