import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text';
import {
  fuzzyCandidateQuery,
  matchTier,
  normalizeName,
  searchKeys,
  searchPatterns,
  typoTier,
} from './search-rank';

/** A Java regular expression of searchPatterns run in JS (same syntax for what they use). */
const matches = (pattern: string | null, text: string): boolean =>
  pattern !== null && new RegExp(`^(?:${pattern.replace('(?s)', '')})$`, 'su').test(text);

const NAMES = [
  'Alexander Lukashenko',
  "O'Brien-Smith",
  'U.S.',
  'Jérôme Łukasz',
  '  Spaced   Out ',
  'al-Assad',
  'Ünïcödé; Ørg',
  'Straße 9',
];

describe('neo4j/search-rank', () => {
  describe('#matchTier / #typoTier', () => {
    it.each([
      ['alexander lukashenko', ['alexander lukashenko'], 0],
      ['alex', ['alexander lukashenko'], 1],
      ['lukash', ['alexander lukashenko'], 2],
      ['xander', ['alexander lukashenko'], 3],
      ['xander luk', ['alexander lukashenko'], 3],
      ['nobody', ['alexander lukashenko'], undefined],
    ])('should rank %j against %j at tier %j', (nq, keys, tier) => {
      expect(matchTier(nq, keys)).toBe(tier);
    });

    it.each([
      ['lukashenka', ['alexander lukashenko'], 4],
      ['lukxshenxo', ['alexander lukashenko'], 5],
      ['alexandr lukashenko', ['alexander lukashenko'], 4],
      ['ukashenko', ['alexander lukashenko'], undefined], // not the same first letter
      ['lukashenkoooo', ['alexander lukashenko'], undefined], // 3 edits
    ])('should rank the typo %j against %j at tier %j', (nq, keys, tier) => {
      expect(typoTier(nq, keys)).toBe(tier);
    });
  });

  describe('#searchPatterns', () => {
    it.each([
      'alex',
      'lukash',
      'o brien',
      'obrien',
      'brien smith',
      'u s',
      'us',
      'jerome l',
      'lukasz',
      'assad',
      'al assad',
      'spaced out',
      'unicode org',
      'strasse 9',
      's',
    ])('should give the key tiers of %j on the folded names', (q) => {
      const nq = normalizeName(q);
      const p = searchPatterns(nq);
      for (const name of NAMES) {
        const folded = foldText(name);
        const tier = [p.exact, p.prefix, p.wordPrefix, p.contains].findIndex((x) =>
          matches(x, folded),
        );
        expect(tier < 0 ? undefined : tier, name).toBe(matchTier(nq, searchKeys(name, [])));
        if (tier >= 0) expect(folded, name).toContain(p.piece);
      }
    });

    it.each([
      ['Alexandr Lukashenko', 'Alexander Lukashenko', true],
      ['Lukashenka', 'Alexander Lukashenko', true],
      ["O'Brien Smyth", "O'Brien-Smith", true],
      ['Jerome Lukas', 'Jérôme Łukasz', true],
      ['Lukashenkovich', 'Alexander Lukashenko', false],
      ['Bukashenko', 'Alexander Lukashenko', false],
    ])('should keep %j as a typo candidate for %j: %j', (q, name, candidate) => {
      const nq = normalizeName(q);
      expect(matches(searchPatterns(nq).typo, foldText(name))).toBe(candidate);
      expect(typoTier(nq, searchKeys(name, [])) !== undefined).toBe(candidate);
    });
  });
});

describe('search-rank #fuzzyCandidateQuery', () => {
  it.each([
    ['lukashenko', 'lukashenko~2'],
    ['ana kovacz', 'ana~2 OR kovacz~2'],
    ['al-assad (x)', 'al\\-assad~2 OR \\(x\\)~2'],
    ['ħasan', 'hasan~2'],
    ['ab cd', null],
  ])('should turn %j into %j', (nq, lucene) => {
    expect(fuzzyCandidateQuery(nq)).toBe(lucene);
  });
});
