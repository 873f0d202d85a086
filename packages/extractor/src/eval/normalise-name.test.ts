import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name';

describe('normalise-name', () => {
  describe('#normaliseName', () => {
    it.each([
      ['Belarus', 'belarus'],
      ['The Kremlin', 'kremlin'],
      ['the West', 'west'],
      ["Belarus's armed forces", 'belarus armed forces'],
      ['Belarus’s', 'belarus'],
      ['U.S.', 'us'],
      ['Lukashénko', 'lukashenko'],
      ['Zelenskyy', 'zelenskyy'],
      ['pro-democracy protests', 'pro democracy protests'],
      ['  Alexander   Lukashenko ', 'alexander lukashenko'],
      ['Theresa May', 'theresa may'],
      ['Ukraine (Kyiv)', 'ukraine kyiv'],
    ])('should normalise %j to %j', (input, expected) => {
      expect(normaliseName(input)).toBe(expected);
    });

    it('should give different names different forms', () => {
      expect(normaliseName('Russia')).not.toBe(normaliseName('Belarus'));
    });
  });
});
