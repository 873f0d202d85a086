import { describe, expect, it } from 'vitest';
import { bioToSpans, iob1ToIob2, spansToBio } from './bio-spans';

describe('bio-spans', () => {
  describe('#bioToSpans', () => {
    it.each([
      ['a name and its continuation', ['B-PER', 'I-PER', 'O'], [[0, 2, 'PER']]],
      ['an I- after O, which opens a name', ['O', 'I-LOC', 'I-LOC'], [[1, 3, 'LOC']]],
      [
        'an I- of another type, which opens a name',
        ['B-PER', 'I-ORG'],
        [
          [0, 1, 'PER'],
          [1, 2, 'ORG'],
        ],
      ],
      [
        'two adjacent names',
        ['B-PER', 'B-PER', 'I-PER'],
        [
          [0, 1, 'PER'],
          [1, 3, 'PER'],
        ],
      ],
      ['a name at the end', ['O', 'B-ORG', 'I-ORG'], [[1, 3, 'ORG']]],
      ['an I- first', ['I-PER', 'O'], [[0, 1, 'PER']]],
      ['no names', ['O', 'O'], []],
    ])('should read %s', (_, tags, expected) => {
      expect(bioToSpans(tags).map((s) => [s.start, s.end, s.type])).toEqual(expected);
    });

    it('should treat types outside the given set as O', () => {
      const spans = bioToSpans(['B-MISC', 'I-MISC', 'B-LOC'], new Set(['LOC']));
      expect(spans).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
    });
  });

  describe('#spansToBio', () => {
    it('should write IOB2 tags that read back to the same spans', () => {
      const spans = [
        { start: 0, end: 2, type: 'PER' },
        { start: 2, end: 3, type: 'PER' },
        { start: 4, end: 5, type: 'LOC' },
      ];
      const tags = spansToBio(spans, 6);
      expect(tags).toEqual(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'O']);
      expect(bioToSpans(tags)).toEqual(spans);
    });
  });

  describe('#iob1ToIob2', () => {
    it('should open names with B- and keep B- between adjacent names', () => {
      expect(iob1ToIob2(['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER', 'I-LOC'])).toEqual([
        'B-ORG',
        'I-ORG',
        'O',
        'B-PER',
        'B-PER',
        'B-LOC',
      ]);
    });
  });
});
