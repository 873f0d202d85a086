import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';
import { expectRelationCase, type RelationCase } from '../../test-support/relation-cases';

/** Precision patterns of stage 5, each on a sentence written for this test. */
const CASES: RelationCase[] = [
  {
    pattern: '"X, a Labour MP, criticised Y": the member acts, not the party of the apposition',
    text: 'Mary Achieng, a Labour MP, criticised the Conservative Party. The Labour Party criticised Chile.',
    expected: ['mary-achieng CRITICIZES conservative-party-uk', 'labour-party-uk CRITICIZES CHL'],
    forbidden: ['labour-party-uk CRITICIZES conservative-party-uk'],
  },
  {
    pattern: 'an attack on a statement is criticism of its author after "by"',
    text: 'Chile attacked the declaration of Antarctica as a reserve by Argentina.',
    expected: ['CHL CRITICIZES ARG'],
    forbidden: ['CHL ATTACKS ARG'],
  },
  {
    pattern: 'an attack on a possessed decision is criticism of the possessor',
    text: "Chile sharply attacked Argentina's decision on Tuesday.",
    expected: ['CHL CRITICIZES ARG'],
    forbidden: ['CHL ATTACKS ARG'],
  },
  {
    pattern: 'an attack on a place stays an attack',
    text: "Chile attacked Argentina's capital on Tuesday.",
    expected: ['CHL ATTACKS ARG'],
  },
  {
    pattern: 'a verb coordinated in a relative clause about a thing has no actor subject',
    text: "The ruling ignored the Andean Community's position on the valley, which belonged to Peru and was seized by Chile.",
    expected: [],
    forbidden: ['CHL COERCES andean-community', 'CHL ATTACKS andean-community'],
  },
  {
    pattern: 'a verb joined by ", and" belongs to the main clause, not the relative clause',
    text: 'Chile won an election that gave it a majority, and attacked Bolivia.',
    expected: ['CHL ATTACKS BOL'],
  },
];

/** Sentences with two actors and no relation trigger between them. */
const NO_TRIGGER = [
  '{A} and {B} were both in the news on Monday.',
  'Rain fell in {A} while snow covered parts of {B}.',
  'Crowds from {A} and {B} filled the hotels this summer.',
  'Elections in {A} are due in May; {B} votes in June.',
  'The report listed {A} next to {B} in its annex.',
  '{A} has a larger population than {B}.',
  'Officials in {A} said inflation rose, and {B} reported growth.',
  'Like {B}, {A} has a coastline on the ocean.',
];
const ACTORS = ['Peru', 'Kenya', 'Norway', 'Vietnam', 'the United Nations', 'NATO'];

describe('precision patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', (c) => expectRelationCase(extractor, c));

  it('should give no edge between two actors with no trigger between them', () => {
    const edges: string[] = [];
    for (const template of NO_TRIGGER)
      for (const a of ACTORS)
        for (const b of ACTORS) {
          if (a === b) continue;
          const text = template.replace('{A}', a).replace('{B}', b);
          const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
          for (const r of result.relations)
            edges.push(`${r.source} ${r.type} ${r.target}: ${text}`);
        }
    expect(edges).toEqual([]);
  });
});
