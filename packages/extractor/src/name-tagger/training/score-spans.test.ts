import { describe, expect, it } from 'vitest';
import { formatScores, scoreSpans } from './score-spans';

const span = (start: number, end: number, type: string) => ({ start, end, type });

describe('score-spans', () => {
  describe('#scoreSpans', () => {
    const scores = scoreSpans(
      [[span(0, 2, 'PER'), span(3, 4, 'LOC'), span(5, 6, 'MISC')], [span(0, 1, 'ORG')]],
      [[span(0, 2, 'PER'), span(3, 5, 'LOC'), span(5, 6, 'MISC')], [span(0, 1, 'LOC')]],
    );

    it('should count a name only when type and both boundaries match', () => {
      expect(scores.perType.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
      expect(scores.perType.LOC).toMatchObject({ tp: 0, fp: 2, fn: 1 });
      expect(scores.perType.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    });

    it('should micro-average over PER, ORG and LOC only', () => {
      expect(scores.micro).toMatchObject({ tp: 1, fp: 2, fn: 2 });
      expect(scores.micro.precision).toBeCloseTo(1 / 3);
      expect(scores.micro.recall).toBeCloseTo(1 / 3);
    });
  });

  describe('#formatScores', () => {
    it('should print one row per type and the micro average', () => {
      const text = formatScores([{ system: 'x', scores: scoreSpans([[span(0, 1, 'PER')]], [[]]) }]);
      expect(text.split('\n')).toHaveLength(5);
      expect(text).toContain('micro');
    });
  });
});
