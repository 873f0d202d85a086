import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/**
 * Claims and negation, each on a sentence written for this test. An expected edge is written
 * 'SRC TYPE TGT modality[ claimant]'; a forbidden one 'SRC TYPE TGT' as a positive (not negated) edge.
 */
const CASES: { pattern: string; text: string; expected: string[]; forbidden?: string[] }[] = [
  {
    pattern: 'reported speech: "X said Y attacked Z" is X\'s claim',
    text: 'Armenia said Azerbaijan attacked Georgia.',
    expected: ['AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: 'reported speech with a date and "that"',
    text: 'Armenia said on Tuesday that Azerbaijan had shelled Georgia.',
    expected: ['AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: '"X alleged that Y ..." (wink tags "alleged" as an adjective)',
    text: 'Armenia alleged that Azerbaijan attacked Georgia.',
    expected: ['AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: '"according to X" before the clause',
    text: 'According to Armenia, Azerbaijan attacked Georgia.',
    expected: ['AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: '"according to X" after the clause',
    text: 'Azerbaijan attacked Georgia, according to Armenia.',
    expected: ['AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: '"X accused Y of attacking Z": X criticises Y, and Y attacking Z is X\'s claim',
    text: 'Armenia accused Azerbaijan of attacking Georgia.',
    expected: ['ARM CRITICIZES AZE asserted', 'AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: 'the accused is no subject of a verb coordinated with the accusation',
    text: 'Armenia condemned the move, accusing Azerbaijan of shelling Georgia, and met Iran.',
    expected: ['AZE ATTACKS GEO claimed ARM'],
    forbidden: ['AZE CONSULTS IRN'],
  },
  {
    pattern: 'an actor speaking of its own act is no claim about another',
    text: 'Azerbaijan said it attacked Georgia.',
    expected: ['AZE ATTACKS GEO asserted'],
  },
  {
    pattern: 'a leader speaking of his own country is no claim about another',
    text: 'Armenian Prime Minister Nikol Pashinyan said Armenia attacked Georgia.',
    expected: ['ARM ATTACKS GEO asserted'],
  },
  {
    pattern: 'a speech verb after "and" has the subject of the verb before it as claimant',
    text: "Armenia praised Iran's account and said Azerbaijan attacked Georgia.",
    expected: ['AZE ATTACKS GEO claimed ARM'],
  },
  {
    pattern: 'a narrator fact stays asserted',
    text: 'Azerbaijan attacked Georgia on Monday.',
    expected: ['AZE ATTACKS GEO asserted'],
  },
  {
    pattern: 'negation: "did not attack" gives no positive edge',
    text: 'Azerbaijan did not attack Georgia.',
    expected: [],
    forbidden: ['AZE ATTACKS GEO'],
  },
  {
    pattern: 'denial: "denied attacking" gives no positive edge',
    text: 'Azerbaijan denied attacking Georgia.',
    expected: [],
    forbidden: ['AZE ATTACKS GEO'],
  },
  {
    pattern: 'a denied claim: "X denied that Y attacked Z" gives no positive edge',
    text: 'Armenia denied that Azerbaijan attacked Georgia.',
    expected: [],
    forbidden: ['AZE ATTACKS GEO'],
  },
];

describe('claims and negation', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, expected, forbidden = [] }) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const positive = result.relations.filter((r) => !r.negated);
    const described = positive.map((r) =>
      [r.source, r.type, r.target, r.modality, r.claimant].filter(Boolean).join(' '),
    );
    const triples = positive.map((r) => `${r.source} ${r.type} ${r.target}`);
    for (const t of expected) expect(described).toContain(t);
    for (const t of forbidden) expect(triples).not.toContain(t);
  });
});
