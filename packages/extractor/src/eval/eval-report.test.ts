import { describe, expect, it } from 'vitest';
import { computeScores, sumScores } from './eval-report';

const counts = (right: number, wrong: number, found: number, required: number) => ({
  extracted: right + wrong,
  right,
  wrong,
  required,
  found,
  missed: required - found,
  ignored: 0,
});

describe('eval-report', () => {
  describe('#computeScores', () => {
    it.each([
      [counts(3, 1, 3, 6), 0.75, 0.5, 0.6],
      [counts(0, 0, 0, 4), 1, 0, 0],
      [counts(0, 2, 0, 0), 0, 1, 0],
      [counts(0, 0, 0, 0), 1, 1, 1],
      [counts(2, 0, 1, 1), 1, 1, 1],
    ])('should score %j as P %d R %d F1 %d', (c, precision, recall, f1) => {
      const s = computeScores(c);
      expect(s.precision).toBeCloseTo(precision);
      expect(s.recall).toBeCloseTo(recall);
      expect(s.f1).toBeCloseTo(f1);
    });
  });

  describe('#sumScores', () => {
    it('should sum counts before dividing (micro-average)', () => {
      const s = sumScores([computeScores(counts(1, 0, 1, 1)), computeScores(counts(1, 3, 1, 9))]);
      expect(s).toMatchObject({ right: 2, wrong: 3, found: 2, required: 10 });
      expect(s.precision).toBeCloseTo(0.4);
      expect(s.recall).toBeCloseTo(0.2);
    });
  });
});
