import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/** Lists and coordination in stage 5, each on a sentence written for this test. */
const CASES: { pattern: string; text: string; expected: string[]; forbidden?: string[] }[] = [
  {
    pattern: 'a coordinated subject distributes over the object',
    text: 'Chile and Peru condemned Bolivia.',
    expected: ['CHL CRITICIZES BOL', 'PER CRITICIZES BOL'],
    forbidden: ['CHL CRITICIZES PER'],
  },
  {
    pattern: 'a coordinated object distributes over the subject',
    text: 'Norway condemned Sudan and Chad on Friday.',
    expected: ['NOR CRITICIZES SDN', 'NOR CRITICIZES TCD'],
    forbidden: ['SDN CRITICIZES TCD'],
  },
  {
    pattern: 'a symmetric verb with two coordinated subjects gives one pair',
    text: 'Japan and Vietnam met in Hanoi.',
    expected: ['JPN CONSULTS VNM'],
  },
  {
    pattern: 'a dash list spells out the head coordinated with an actor: pairs with each member',
    text: 'Kenya and the guarantors – Egypt, Qatar and Oman – met in Nairobi.',
    expected: ['KEN CONSULTS EGY', 'KEN CONSULTS QAT', 'KEN CONSULTS OMN'],
    forbidden: ['EGY CONSULTS QAT', 'EGY CONSULTS OMN', 'QAT CONSULTS OMN'],
  },
  {
    pattern: 'a bracketed list after the head',
    text: 'Kenya and the guarantors (Egypt, Qatar and Oman) met in Nairobi.',
    expected: ['KEN CONSULTS EGY', 'KEN CONSULTS QAT', 'KEN CONSULTS OMN'],
    forbidden: ['EGY CONSULTS QAT', 'QAT CONSULTS OMN'],
  },
  {
    pattern: 'a list after a colon',
    text: 'Kenya and its three guarantors: Egypt, Qatar and Oman met in Nairobi.',
    expected: ['KEN CONSULTS EGY', 'KEN CONSULTS OMN'],
    forbidden: ['EGY CONSULTS OMN'],
  },
  {
    pattern: 'a symmetric noun trigger with a list-expanded subject pairs the sides',
    text: 'Kenya and the guarantors – Egypt, Qatar and Oman – agreed to a ceasefire.',
    expected: ['KEN INTENDS_TO_COOPERATE EGY', 'KEN INTENDS_TO_COOPERATE OMN'],
    forbidden: ['EGY INTENDS_TO_COOPERATE QAT', 'QAT INTENDS_TO_COOPERATE OMN'],
  },
  {
    pattern: 'a bracketed list right after its head acts as the subject',
    text: 'The guarantors (Egypt, Qatar and Oman) criticised Kenya.',
    expected: ['EGY CRITICIZES KEN', 'QAT CRITICIZES KEN', 'OMN CRITICIZES KEN'],
  },
  {
    pattern: 'a plain list with a leader title in front: every member with every other',
    text: 'Presidents Emmanuel Macron, Joe Biden and Vladimir Putin met in Paris.',
    expected: [
      'emmanuel-macron CONSULTS joe-biden',
      'emmanuel-macron CONSULTS vladimir-putin',
      'joe-biden CONSULTS vladimir-putin',
    ],
  },
  {
    pattern: '"talks between X and Y": the two sides',
    text: 'The talks between Serbia and Kosovo resumed on Monday.',
    expected: ['SRB CONSULTS XKX'],
  },
  {
    pattern: 'a dash clause that is no list does not join the actor before it',
    text: 'Kenya and the guarantors – who arrived late – met Egypt.',
    expected: [],
    forbidden: ['KEN CONSULTS KEN'],
  },
  {
    pattern: 'a singular head before a dash is no list head',
    text: 'Kenya criticised the plan – Egypt and Qatar met in Cairo.',
    expected: ['EGY CONSULTS QAT'],
    forbidden: ['KEN CONSULTS EGY', 'KEN CONSULTS QAT'],
  },
];

describe('lists and coordination', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, expected, forbidden = [] }) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const triples = result.relations
      .filter((r) => !r.negated)
      .map((r) => `${r.source} ${r.type} ${r.target}`);
    const either = (t: string) => {
      const [s, type, o] = t.split(' ');
      return triples.includes(t) || triples.includes(`${o} ${type} ${s}`);
    };
    for (const t of expected) expect(either(t), t).toBe(true);
    for (const t of forbidden) expect(either(t), t).toBe(false);
  });
});
