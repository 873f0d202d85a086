import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../types';
import { PhraseIndex } from './phrase-index';

const usa: EntityRef = { id: 'USA', name: 'United States', type: 'Country', known: true };
const tur: EntityRef = { id: 'TUR', name: 'Turkey', type: 'Country', known: true };
const west: EntityRef = { id: 'west', name: 'the West', type: 'Group', known: true };

function index() {
  const p = new PhraseIndex();
  for (const s of ['United States', 'US', 'U.S.'])
    p.add({ surface: s, ref: usa, kind: 'alias', capital: false, ambiguous: false });
  p.add({ surface: 'Turkey', ref: tur, kind: 'name', capital: false, ambiguous: false });
  p.add({ surface: 'the West', ref: west, kind: 'name', capital: false, ambiguous: false });
  return p;
}

describe('phrase-index', () => {
  describe('#match', () => {
    it.each([
      ['the US said', 4, 'US'],
      ['the U.S. said', 4, 'U.S.'],
      ['the united states', 4, undefined],
      ['the United States said', 4, 'United States'],
      ['give us time', 5, undefined],
      ['roast turkey', 6, undefined],
      ['Turkey said', 0, 'Turkey'],
      ['Turkeys said', 0, undefined],
      ['in the West', 7, 'West'],
      ['West Bank', 0, undefined],
    ])('should match %j at %i as %j', (text, at, expected) => {
      expect(index().match(text, at)?.surface).toBe(expected);
      // With the lower-cased text (the gazetteer pass's fast path) the answer is the same.
      expect(index().match(text, at, undefined, text.toLowerCase())?.surface).toBe(expected);
    });

    it('should prefer the longest surface that passes the case checks', () => {
      const p = index();
      p.add({
        surface: 'United States Army',
        ref: usa,
        kind: 'name',
        capital: false,
        ambiguous: false,
      });
      const text = 'the United States army said';
      expect(p.match(text, 4, 'united', text.toLowerCase())?.surface).toBe('United States');
    });
  });
});
