import { describe, expect, it } from 'vitest';
import { mapCorpusType } from './corpus-type-map';
import { readColumnCorpus } from './read-column-corpus';

describe('read-column-corpus', () => {
  describe('#readColumnCorpus', () => {
    it('should read wikigold-style IOB1 columns into IOB2 sentences', () => {
      const file = [
        '-DOCSTART- O',
        '',
        'The I-ORG',
        'Mad I-ORG',
        'Capsule I-ORG',
        'toured O',
        'Japan I-LOC',
        'with O',
        'Pizzicato I-ORG',
        'Five I-ORG',
        '',
      ].join('\n');
      const [s] = readColumnCorpus(
        file,
        {
          separator: / /,
          tokenColumn: 0,
          tagColumn: 1,
          iob1: true,
          mapType: (t) => mapCorpusType('conll', t),
        },
        'wikigold',
      );
      expect(s!.tokens).toHaveLength(8);
      expect(s!.tags).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG']);
    });

    it('should map CrossNER fine types and keep UNER sentence text', () => {
      const crossner = readColumnCorpus(
        'ruling\tO\nUnited\tB-politicalparty\nRussia\tI-politicalparty\nwon\tO\n1999\tB-election\n',
        {
          separator: /\t/,
          tokenColumn: 0,
          tagColumn: 1,
          mapType: (t) => mapCorpusType('crossner', t),
        },
        'crossner:politics',
      );
      expect(crossner[0]!.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-MISC']);
      const uner = readColumnCorpus(
        '# text = I live in Tampa Bay\n1\tI\tO\t-\t-\n2\tlive\tO\t-\t-\n3\tin\tO\t-\t-\n4\tTampa\tB-LOC\t-\t-\n5\tBay\tI-LOC\t-\t-\n\n',
        {
          separator: /\t/,
          tokenColumn: 1,
          tagColumn: 2,
          mapType: (t) => mapCorpusType('conll', t),
        },
        'uner-ewt',
      );
      expect(uner).toEqual([
        {
          tokens: ['I', 'live', 'in', 'Tampa', 'Bay'],
          tags: ['O', 'O', 'O', 'B-LOC', 'I-LOC'],
          text: 'I live in Tampa Bay',
          source: 'uner-ewt',
        },
      ]);
    });

    it('should split inner hyphens UD-style when asked, continuing the name', () => {
      const [s] = readColumnCorpus(
        'Saxony-Anhalt\tB-location\nvoted\tO\npro-EU\tO\n',
        {
          separator: /\t/,
          tokenColumn: 0,
          tagColumn: 1,
          splitHyphens: true,
          mapType: (t) => mapCorpusType('crossner', t),
        },
        'crossner:politics',
      );
      expect(s!.tokens).toEqual(['Saxony', '-', 'Anhalt', 'voted', 'pro', '-', 'EU']);
      expect(s!.tags).toEqual(['B-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'O', 'O']);
    });
  });

  describe('#mapCorpusType', () => {
    it('should refuse a type the table does not know', () => {
      expect(() => mapCorpusType('crossner', 'spaceship')).toThrow(/no mapping/);
    });
  });
});
