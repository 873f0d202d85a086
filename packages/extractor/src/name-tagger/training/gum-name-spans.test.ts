import { describe, expect, it } from 'vitest';
import { bioToSpans } from '../bio-spans';
import { readGumSentences } from './gum-mentions';
import { readGumCorpus } from './read-gum-corpus';

// ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC, written for this test in GUM's format
const row = (id: number, form: string, upos: string, head: number, deprel: string, misc = '_') =>
  [
    id,
    form,
    form,
    upos,
    '_',
    upos === 'PROPN' && form.endsWith('s') ? 'Number=Plur' : '_',
    head,
    deprel,
    '_',
    misc,
  ].join('\t');

const FILE = [
  '# sent_id = test-1',
  '# text = US President Donald Trump met the Bank of England and North Korea.',
  row(
    1,
    'US',
    'PROPN',
    2,
    'compound',
    'Entity=(1-person-new-x-cf1-1-coref-Donald_Trump(2-place-new-x-cf2-1-coref-United_States)',
  ),
  row(2, 'President', 'PROPN', 4, 'compound'),
  row(3, 'Donald', 'PROPN', 4, 'compound'),
  row(4, 'Trump', 'PROPN', 5, 'nsubj', 'Entity=1)'),
  row(5, 'met', 'VERB', 0, 'root'),
  row(6, 'the', 'DET', 7, 'det', 'Entity=(3-organization-new-x-cf3-2-coref'),
  row(7, 'Bank', 'PROPN', 5, 'obj'),
  row(8, 'of', 'ADP', 9, 'case'),
  row(9, 'England', 'PROPN', 7, 'nmod', 'Entity=(4-place-new-x-cf4-1-coref-England)3)'),
  row(10, 'and', 'CCONJ', 12, 'cc'),
  row(
    11,
    'North',
    'PROPN',
    12,
    'compound',
    'Entity=(5-organization-new-x-cf5-1,2-coref-North_Korea',
  ),
  row(12, 'Korea', 'PROPN', 7, 'conj', 'Entity=5)|SpaceAfter=No'),
  row(13, '.', 'PUNCT', 5, 'punct'),
  '',
  '# text = Muslims prayed.',
  row(1, 'Muslims', 'PROPN', 2, 'nsubj', 'Entity=(6-person-new-x-cf1-1-sgl)'),
  row(2, 'prayed', 'VERB', 0, 'root'),
  '',
].join('\n');

const hints = {
  titleWords: new Set(['president']),
  isPlaceName: (t: string) => t === 'North Korea',
  isDemonym: () => false,
};

describe('gum-name-spans', () => {
  describe('#readGumSentences', () => {
    it('should read words and nested mentions with identities', () => {
      const [s] = readGumSentences(FILE);
      expect(s!.words).toHaveLength(13);
      expect(s!.mentions).toContainEqual({
        start: 0,
        end: 4,
        etype: 'person',
        identity: 'Donald_Trump',
      });
      expect(s!.mentions).toContainEqual({
        start: 0,
        end: 1,
        etype: 'place',
        identity: 'United_States',
      });
      expect(s!.mentions).toContainEqual({
        start: 5,
        end: 9,
        etype: 'organization',
        identity: null,
      });
    });
  });

  describe('#readGumCorpus', () => {
    const [first, second] = readGumCorpus([{ name: 'GUM_test', content: FILE }], hints).get(
      'GUM_test',
    )!;
    const names = (s: typeof first) =>
      bioToSpans(s!.tags).map((x) => `[${s!.tokens.slice(x.start, x.end).join(' ')}]${x.type}`);

    it('should cut titles off people, keep "of" inside names and make countries LOC', () => {
      expect(names(first)).toEqual([
        '[US]LOC',
        '[Donald Trump]PER',
        '[Bank of England]ORG',
        '[North Korea]LOC',
      ]);
      expect(first!.text).toBe(
        'US President Donald Trump met the Bank of England and North Korea.',
      );
    });

    it('should not take a group of people for a person', () => {
      expect(names(second)).toEqual(['[Muslims]MISC']);
    });
  });
});
