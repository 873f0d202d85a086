import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from './labelled-sentence';
import { namesOf, replaceMentions } from './replace-mentions';

const s = (text: string, tags: string): LabelledSentence => ({
  tokens: text.split(' '),
  tags: tags.split(' '),
  source: 'test',
});
const corpus = [
  s('Anna Nowak visited Poland .', 'B-PER I-PER O B-LOC O'),
  s('Shares of Konami fell in Tokyo .', 'O O B-ORG O O B-LOC O'),
  s('Nothing happened .', 'O O O'),
  s('The Oscars went to Ruby Tuesday .', 'O B-MISC O O B-ORG I-ORG O'),
];

describe('replace-mentions', () => {
  describe('#namesOf', () => {
    it('should pool the distinct PER / ORG / LOC names by type', () => {
      expect(namesOf(corpus)).toEqual({
        PER: [['Anna', 'Nowak']],
        ORG: [['Konami'], ['Ruby', 'Tuesday']],
        LOC: [['Poland'], ['Tokyo']],
      });
    });
  });

  describe('#replaceMentions', () => {
    const pools = { PER: [['Jan']], ORG: [['Exxon', 'Mobil']], LOC: [['Gdańsk']] };

    it('should swap every name for a pool name of its type and keep the rest', () => {
      expect(replaceMentions(corpus, pools, 1, 7)).toEqual(
        [
          s('Jan visited Gdańsk .', 'B-PER O B-LOC O'),
          s('Shares of Exxon Mobil fell in Gdańsk .', 'O O B-ORG I-ORG O O B-LOC O'),
          s('The Oscars went to Exxon Mobil .', 'O B-MISC O O B-ORG I-ORG O'),
        ].map((x) => ({ ...x, source: 'test+replaced' })),
      );
    });

    it('should copy a seeded fraction of the sentences with names, the same for the same seed', () => {
      expect(replaceMentions(corpus, pools, 0, 7)).toEqual([]);
      const many = Array.from({ length: 200 }, () => corpus[1]!);
      const half = replaceMentions(many, pools, 0.5, 7);
      expect(half.length).toBeGreaterThan(70);
      expect(half.length).toBeLessThan(130);
      expect(replaceMentions(many, pools, 0.5, 7)).toEqual(half);
    });
  });
});
