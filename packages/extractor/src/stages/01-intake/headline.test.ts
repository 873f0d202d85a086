import { describe, expect, it } from 'vitest';
import { headline } from './headline';

describe('headline', () => {
  describe('#headline', () => {
    it.each([
      ['HIROSHIMA, May 21 (Reuters) - Leaders met. Then more.', 'Leaders met.'],
      ['MOSCOW, March 21 - Talks began on Monday.', 'Talks began on Monday.'],
      ['NAIROBI (AP) — Kenya voted.', 'Kenya voted.'],
      ['Plain first sentence. Second one.', 'Plain first sentence.'],
      ['No full stop at all', 'No full stop at all'],
      ['\n\n  Leading blank lines.\nNext line.', 'Leading blank lines.'],
    ])('should label %j as %j', (body, expected) => {
      expect(headline(body)).toBe(expected);
    });

    it('should cut a long sentence at a word boundary with an ellipsis', () => {
      const out = headline(`${'word '.repeat(40)}end.`, 30)!;
      expect(out.length).toBeLessThanOrEqual(30);
      expect(out.endsWith('word…')).toBe(true);
    });

    it('should give nothing for a body without letters', () => {
      expect(headline('  12 -- 34  ')).toBeUndefined();
    });
  });
});
