import { describe, expect, it } from 'vitest';
import { WORD_FLAGS, shortShape, wordFlags, wordShape } from './word-shape';

describe('word-shape', () => {
  describe('#wordShape', () => {
    it.each([
      ['Washington', 'Xxxxx'],
      ['U.S.', 'X.X.'],
      ['NATO', 'XXXX'],
      ['2017', 'dddd'],
      ['al-Assad', 'xx-Xxxxx'],
      ['Erdoğan', 'Xxxxx'],
      ['Łukasz', 'Xxxxx'],
      ['McDonald', 'XxXxxxx'],
      ['G7', 'Xd'],
      ['東京', 'xx'],
    ])('should give %s the shape %s', (word, shape) => {
      expect(wordShape(word)).toBe(shape);
    });
  });

  describe('#shortShape', () => {
    it.each([
      ['Washington', 'Xx'],
      ['Erdoğan', 'Xx'],
      ['McDonald', 'XxXx'],
      ['Kim-Jong', 'Xx-Xx'],
      ['1,000', 'd,d'],
    ])('should collapse %s to %s', (word, shape) => {
      expect(shortShape(word)).toBe(shape);
    });
  });

  describe('#wordFlags', () => {
    const F = WORD_FLAGS;
    it.each([
      ['Ankara', F.initCap],
      ['NATO', F.initCap | F.allCaps],
      ['Erdoğan', F.initCap | F.nonAsciiLetter],
      ['Łukasz', F.initCap | F.nonAsciiLetter],
      ['al-Baghdadi', F.hasHyphen | F.mixedCase],
      ['McDonald', F.initCap | F.mixedCase],
      ['G7', F.initCap | F.hasDigit],
      ['U.S.', F.initCap | F.allCaps | F.hasPeriod],
      ["O'Neill", F.initCap | F.hasApostrophe | F.mixedCase],
      [',', F.noLetterOrDigit],
      ['said', 0],
    ])('should flag %s', (word, flags) => {
      expect(wordFlags(word)).toBe(flags);
    });
  });
});
