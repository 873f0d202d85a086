import { describe, expect, it } from 'vitest';
import { readerSentences, splitSentences, trimSpan } from './reader-text';

const text =
  'Reuters reported it. Natalia Gavrilita met Erdoğan in Ankara!\n\n“We agree,” she said. 3 talks followed';
const slices = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('reader-text', () => {
  describe('#splitSentences', () => {
    it('should cut at end punctuation before a capital, digit or quote, and at blank lines', () => {
      expect(slices(text)).toEqual([
        'Reuters reported it.',
        'Natalia Gavrilita met Erdoğan in Ankara!',
        '“We agree,” she said.',
        '3 talks followed',
      ]);
    });

    it.each([
      ['', []],
      ['   ', []],
      ['one sentence without end', ['one sentence without end']],
      ['Mr. smith came. He left.', ['Mr. smith came.', 'He left.']],
    ])('should split %j', (t, want) => {
      expect(slices(t)).toEqual(want);
    });

    it('should give UTF-16 offsets into the text (astral characters count 2)', () => {
      const t = '𝔘nicode first. Then 😀 more.';
      const [a, b] = splitSentences(t);
      expect(a).toEqual({ start: 0, end: 15 });
      expect(t.slice(b.start, b.end)).toBe('Then 😀 more.');
    });
  });

  describe('#trimSpan', () => {
    it.each([
      [
        { start: 0, end: 5 },
        { start: 1, end: 4 },
      ],
      [
        { start: 5, end: 0 },
        { start: 1, end: 4 },
      ],
      [
        { start: -3, end: 99 },
        { start: 1, end: 4 },
      ],
      [{ start: 0, end: 1 }, undefined],
    ])('should order, clamp and trim %j', (span, want) => {
      expect(trimSpan(' abc ', span)).toEqual(want);
    });
  });

  describe('#readerSentences', () => {
    it('should mark the sentences an evidence span overlaps', () => {
      const s = readerSentences(text, [{ start: 25, end: 30 }]);
      expect(s.map((x) => x.evidence)).toEqual([false, true, false, false]);
    });
  });
});
