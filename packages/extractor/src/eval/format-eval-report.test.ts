import { describe, expect, it } from 'vitest';
import { formatEvalReport, formatEvalSummary } from './format-eval-report';
import { scoreExtraction } from './score-extraction';
import { ALL_ENTITIES, FIXTURE_GOLD, entity, relation, result } from './test-fixtures';

const REPORT = scoreExtraction(
  FIXTURE_GOLD,
  result(
    [...ALL_ENTITIES, entity('POL', 'Poland'), entity('west', 'the West', [], 'Group')],
    [
      relation('lukashenko', 'HOLDS_ROLE', 'BLR'),
      relation('POL', 'ATTACKS', 'BLR'),
      relation('west', 'CRITICIZES', 'RUS'),
    ],
  ),
);

describe('format-eval-report', () => {
  describe('#formatEvalReport', () => {
    it.each([
      ['none', ['fixture.txt', 'entities', 'relations'], ['Poland', 'R2']],
      [
        'errors',
        [
          'Poland (Country) matches no gold entity',
          'R2 lukashenko|belarus',
          '?Poland -ATTACKS-> belarus',
        ],
        ['relations right'],
      ],
      [
        'all',
        [
          'relations right',
          'lukashenko -HOLDS_ROLE-> belarus = R1',
          'west -CRITICIZES-> russia = R5',
        ],
        [],
      ],
    ] as const)('should list %s details', (details, present, absent) => {
      const text = formatEvalReport(REPORT, { details });
      for (const s of present) expect(text).toContain(s);
      for (const s of absent) expect(text).not.toContain(s);
    });

    it('should show precision and recall as percentages', () => {
      expect(formatEvalReport(REPORT, { details: 'none' })).toMatch(
        /relations\s+P\s+50\.0\s+R\s+25\.0/,
      );
    });
  });

  describe('#formatEvalSummary', () => {
    it('should print one row per document and micro-averaged totals', () => {
      const empty = scoreExtraction({ ...FIXTURE_GOLD, doc: 'empty.txt' }, result([]));
      const lines = formatEvalSummary([REPORT, empty]).split('\n');
      expect(lines).toHaveLength(5);
      expect(lines[1]).toContain('fixture.txt');
      expect(lines[2]).toContain('empty.txt');
      // entities: right 4 + 0, wrong 1 + 0 -> P 80.0; found 4 + 0 of 8 -> R 50.0
      expect(lines[4]).toMatch(/^micro-avg\s+80\.0\s+50\.0\s+61\.5/);
    });
  });
});
