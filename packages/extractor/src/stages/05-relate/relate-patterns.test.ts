import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/** Clause patterns of stage 5, each on a sentence written for this test. */
const CASES: { pattern: string; text: string; expected: string[]; forbidden?: string[] }[] = [
  {
    pattern: 'participle clause takes the main subject',
    text: 'France criticised the vote, urging Italy to reconsider.',
    expected: ['FRA APPEALS_TO ITA'],
  },
  {
    pattern: 'reduced passive after a comma ("brokered by")',
    text: 'Armenia and Azerbaijan agreed to a truce, brokered by Russia.',
    expected: ['RUS CONSULTS ARM', 'RUS CONSULTS AZE'],
  },
  {
    pattern: 'apposition membership ("both members of")',
    text: 'Norway and Canada, both members of NATO, sent observers.',
    expected: ['NOR MEMBER_OF nato', 'CAN MEMBER_OF nato'],
  },
  {
    pattern: 'relative clause after a non-actor noun has no actor subject',
    text: 'Chile said it would help investigate the explosion in Lima that killed 12 Peruvian soldiers.',
    expected: [],
    forbidden: ['CHL ASSAULTS PER'],
  },
  {
    pattern: 'an action someone is urged to take is not extracted',
    text: 'Spain urged Morocco to condemn Algeria.',
    expected: ['ESP APPEALS_TO MAR'],
    forbidden: ['MAR CRITICIZES DZA'],
  },
];

describe('relate patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, expected, forbidden = [] }) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const triples = result.relations
      .filter((r) => !r.negated)
      .map((r) => `${r.source} ${r.type} ${r.target}`);
    for (const t of expected) expect(triples).toContain(t);
    for (const t of forbidden) expect(triples).not.toContain(t);
  });

  it('should mark negated membership as negated', () => {
    const { result } = extractor.extract([
      { text: 'Sweden, which is not a member of NATO, joined the exercise.' },
    ]);
    const member = result.relations.filter((r) => r.type === 'MEMBER_OF');
    expect(member.length).toBeGreaterThan(0);
    expect(member.every((r) => r.negated)).toBe(true);
  });
});
