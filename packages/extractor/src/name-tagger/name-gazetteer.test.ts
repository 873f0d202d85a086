import { describe, expect, it } from 'vitest';
import {
  GAZETTEER_CLASSES,
  GAZETTEER_CLASS_COUNT,
  LEXICON_BITS,
  createNameGazetteer,
} from './name-gazetteer';

const gazetteer = createNameGazetteer({
  phrases: {
    LOC: ['United States', 'Guinea-Bissau', 'Georgia'],
    ORG: ['the United Nations', 'United Nations Security Council', 'Congress'],
    PER: ['Recep Tayyip Erdoğan', 'Erdoğan'],
    METONYM: ['the Kremlin'],
    TITLE: ['prime minister', 'president'],
  },
  givenNames: ['Donald'],
  orgHeads: ['Party', 'Congress'],
  placeHeads: ['River'],
  nameWords: {
    firstName: ['joe'],
    lastName: ['nowak', 'ho'],
    place: ['gdańsk'],
    organization: ['exxon'],
    orgWord: ['petroleum'],
  },
});

/** `class:mark` for every marked token, e.g. `Kremlin LOC:1`. */
function marks(sentence: string): string[] {
  const tokens = sentence.split(' ');
  const out = new Uint8Array(tokens.length * GAZETTEER_CLASS_COUNT);
  gazetteer.markSentence(
    tokens,
    tokens.map((t) => t.toLowerCase()),
    out,
  );
  return tokens.flatMap((t, i) =>
    GAZETTEER_CLASSES.flatMap((cls, c) => {
      const m = out[i * GAZETTEER_CLASS_COUNT + c];
      return m ? [`${t} ${cls}:${m}`] : [];
    }),
  );
}

describe('name-gazetteer', () => {
  describe('#markSentence', () => {
    it('should mark the longest match per class, first token 1, later tokens 2', () => {
      expect(marks('the United Nations Security Council met')).toEqual([
        'United ORG:1',
        'Nations ORG:2',
        'Security ORG:2',
        'Council ORG:2',
      ]);
    });

    it('should drop a leading "the" and match hyphen-split tokens too', () => {
      expect(marks('in the Kremlin')).toEqual(['Kremlin METONYM:1']);
      expect(marks('Guinea - Bissau and Guinea-Bissau')).toEqual([
        'Guinea LOC:1',
        '- LOC:2',
        'Bissau LOC:2',
        'Guinea-Bissau LOC:1',
      ]);
    });

    it('should match non-ASCII names exactly and titles in any case', () => {
      expect(marks('PRIME MINISTER met Recep Tayyip Erdoğan')).toEqual([
        'PRIME TITLE:1',
        'MINISTER TITLE:2',
        'Recep PER:1',
        'Tayyip PER:2',
        'Erdoğan PER:2',
      ]);
      expect(marks('Erdogan spoke')).toEqual([]);
    });
  });

  describe('#wordLexicon', () => {
    it('should flag given names, head words and title words', () => {
      expect(gazetteer.wordLexicon('Donald')).toBe(LEXICON_BITS.givenName);
      expect(gazetteer.wordLexicon('President') & LEXICON_BITS.titleWord).toBeTruthy();
      expect(gazetteer.wordLexicon('River')).toBe(LEXICON_BITS.placeHead | LEXICON_BITS.bareHead);
    });

    it('should flag the name-word classes in any case', () => {
      expect(gazetteer.wordLexicon('Joe')).toBe(LEXICON_BITS.firstNameWord);
      expect(gazetteer.wordLexicon('Nowak')).toBe(LEXICON_BITS.lastNameWord);
      expect(gazetteer.wordLexicon('HO')).toBe(LEXICON_BITS.lastNameWord);
      expect(gazetteer.wordLexicon('Gdańsk')).toBe(LEXICON_BITS.placeWord);
      expect(gazetteer.wordLexicon('Exxon')).toBe(LEXICON_BITS.organizationWord);
      expect(gazetteer.wordLexicon('Petroleum')).toBe(LEXICON_BITS.orgNameWord);
      expect(gazetteer.wordLexicon('Warsaw')).toBe(0);
    });

    it('should call a head word bare only when it is no name of its own', () => {
      expect(gazetteer.wordLexicon('Party') & LEXICON_BITS.bareHead).toBeTruthy();
      expect(gazetteer.wordLexicon('Congress') & LEXICON_BITS.bareHead).toBe(0);
    });
  });
});
