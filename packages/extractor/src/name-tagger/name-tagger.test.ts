import { describe, expect, it } from 'vitest';
import { loadNameTagger } from './load-name-tagger';

// the committed weights (data/models/name-tagger.json) and the project's gazetteer
const tagger = loadNameTagger();

/** `[tokens]TYPE` for every name the tagger finds in a space-tokenised sentence. */
function names(sentence: string): string[] {
  const tokens = sentence.split(' ');
  return tagger.spans(tokens).map((s) => `[${tokens.slice(s.start, s.end).join(' ')}]${s.type}`);
}

describe('name-tagger', () => {
  describe('#spans', () => {
    it.each([
      [
        'Turkish President Recep Tayyip Erdoğan met Polish Prime Minister Donald Tusk in Ankara .',
        ['[Recep Tayyip Erdoğan]PER', '[Donald Tusk]PER', '[Ankara]LOC'],
      ],
      [
        'The European Union and NATO condemned the attack , according to Reuters .',
        ['[European Union]ORG', '[NATO]ORG', '[Reuters]ORG'],
      ],
      [
        'Angela Merkel , the German chancellor , said Germany would take in more refugees .',
        ['[Angela Merkel]PER', '[Germany]LOC'],
      ],
      [
        'Crown Prince Mohammed bin Salman met Ursula von der Leyen in Riyadh .',
        ['[Mohammed bin Salman]PER', '[Ursula von der Leyen]PER', '[Riyadh]LOC'],
      ],
      [
        'Łukasz Kowalski moved from Wrocław to Kraków .',
        ['[Łukasz Kowalski]PER', '[Wrocław]LOC', '[Kraków]LOC'],
      ],
    ])('should find the names in %j', (sentence, expected) => {
      expect(names(sentence)).toEqual(expected);
    });

    it('should carry a person over a hyphen and a lower-case part that is no common word', () => {
      expect(names('Lee Cheuk - yan of the Labour Party spoke .')).toContain(
        '[Lee Cheuk - yan]PER',
      );
      expect(names('Barack Obama - era rules were dropped .')).toContain('[Barack Obama]PER');
    });

    it('should not take a bare head word for an organisation', () => {
      expect(names('Party')).toEqual([]);
      expect(names('Party members met on Monday .')).toEqual([]);
      expect(names('The party said it would win .')).toEqual([]);
    });
  });

  describe('#tag', () => {
    it('should give one PER/ORG/LOC BIO tag per token and no MISC', () => {
      const tokens = 'He flew from Paris to the United States on Monday .'.split(' ');
      const tags = tagger.tag(tokens);
      expect(tags).toHaveLength(tokens.length);
      expect(tags.slice(3, 8)).toEqual(['B-LOC', 'O', 'O', 'B-LOC', 'I-LOC']);
      expect(tags.every((t) => /^(O|[BI]-(PER|ORG|LOC))$/.test(t))).toBe(true);
    });

    it('should tag an empty sentence and be repeatable', () => {
      expect(tagger.tag([])).toEqual([]);
      const tokens = 'Donald Tusk spoke in Warsaw .'.split(' ');
      expect(tagger.tag(tokens)).toEqual(tagger.tag(tokens));
    });
  });
});
