import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';
import { expectRelationCase, type RelationCase } from '../../test-support/relation-cases';

/** Control nouns (`control-nouns.ts`) and reactions to an owned act, on sentences written for this test. */
const CASES: RelationCase[] = [
  {
    pattern: "a decision's owner is the subject of the infinitive",
    text: "Peru's decision to impose sanctions on Bolivia angered Chile.",
    expected: ['PER SANCTIONS BOL'],
    forbidden: ['CHL SANCTIONS BOL'],
  },
  {
    pattern: 'the owner, not the clause subject, after a preposition',
    text: "Chile protested against Peru's decision to expel Bolivia's ambassador.",
    expected: ['PER REDUCES_RELATIONS BOL', 'CHL PROTESTS_AGAINST PER'],
    forbidden: ['CHL REDUCES_RELATIONS BOL'],
  },
  {
    pattern: 'a refusal negates the act',
    text: "Chile criticised Peru's refusal to meet Bolivia.",
    expected: ['CHL CRITICIZES PER'],
    forbidden: ['PER CONSULTS BOL'],
  },
  {
    pattern: "a possessive pronoun owns the noun ('its decision to')",
    text: 'Kenya said on Monday that its decision to expel Uganda’s envoy was final.',
    expected: ['KEN REDUCES_RELATIONS UGA'],
  },
  {
    pattern: 'a noun that is no control noun leaves the clause subject',
    text: "Chile sent Peru's envoy to meet Ecuador.",
    expected: [],
    forbidden: ['PER CONSULTS ECU'],
  },
  {
    pattern: "criticism of an actor's act is aimed at the actor",
    text: "Kenya criticised Uganda's attack on Tanzania.",
    expected: ['KEN CRITICIZES UGA', 'UGA ATTACKS TZA'],
  },
  {
    pattern: 'an act with no owner stays the target',
    text: 'Kenya criticised the brutal attack on Tanzania.',
    expected: [],
    forbidden: ['KEN CRITICIZES TZA'],
  },
  {
    pattern: "an '-ing' verb after a document noun takes the object ('a statement urging X')",
    text: 'The G7 released a communique criticising China for its policies.',
    expected: ['g7 CRITICIZES CHN'],
    forbidden: ['g7 YIELDS CHN'],
  },
  {
    pattern: "', including' lists examples of the object, not a new clause",
    text: 'Venezuela expelled diplomats from several countries, including Chile and Peru.',
    expected: ['VEN REDUCES_RELATIONS CHL', 'VEN REDUCES_RELATIONS PER'],
  },
  {
    pattern: "a title's body before a name is no object ('killed Hamas commander X')",
    text: 'Israel killed Hamas commander Ahmed Jabari in Gaza.',
    expected: ['ISR ASSAULTS ahmed-jabari'],
    forbidden: ['ISR ASSAULTS hamas'],
  },
  {
    pattern: "'both commanders' after two named people: each of them",
    text: 'Burhan and Dagalo signed a truce in Jeddah. Blinken welcomed the agreement and urged both commanders to respect it.',
    expected: [
      'antony-blinken APPEALS_TO abdel-fattah-al-burhan',
      'antony-blinken APPEALS_TO mohamed-hamdan-dagalo',
    ],
    forbidden: [
      'antony-blinken COOPERATES_DIPLOMATICALLY abdel-fattah-al-burhan',
      'antony-blinken COOPERATES_DIPLOMATICALLY mohamed-hamdan-dagalo',
    ],
  },
  {
    pattern: "'and' + a new subject and verb ends the first verb's object",
    text: 'Chile welcomed the trade deal and Peru rejected it.',
    expected: [],
    forbidden: ['CHL COOPERATES_DIPLOMATICALLY PER'],
  },
  {
    pattern: 'two coordinated verbs with no object between share the object',
    text: 'Kenya criticised and condemned Uganda.',
    expected: ['KEN CRITICIZES UGA'],
  },
];

describe('control nouns and owned acts', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', (c) => expectRelationCase(extractor, c));

  it.each([
    ["Argentina rejected Britain's offer to hold talks with Chile.", 'GBR', 'CHL', 'expected'],
    ["Kenya welcomed Uganda's plan to impose sanctions on Sudan.", 'UGA', 'SDN', 'expected'],
  ])('should mark the act after a plan or offer as expected: %s', (text, s, t, modality) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const edge = result.relations.find((r) => r.source === s && r.target === t);
    expect(edge?.modality).toBe(modality);
  });
});
