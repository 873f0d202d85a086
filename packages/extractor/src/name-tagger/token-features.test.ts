import { describe, expect, it } from 'vitest';
import { hashText } from './feature-hash';
import { CONTEXT_SLOTS, createSentenceContext } from './sentence-context';
import { testGazetteer } from './test-fixtures';
import { FEATURE_SLOTS, createFeatureExtractor } from './token-features';
import { AFFIX_MAX, COMMON_FLAG, PARTICLE_FLAG, describeWord } from './word-info';
import {
  BOUNDARY_WORD,
  ROLE_OFFSETS,
  ROLE_SLOTS,
  SELF_SLOTS,
  writeRoleFeatures,
  writeSelfFeatures,
} from './word-features';

const gazetteer = testGazetteer();
const common = new Set([hashText('estimates')]);

describe('token-features', () => {
  describe('#describeWord', () => {
    it('should hash lower-cased prefixes and suffixes of 1 to 4 characters, non-ASCII included', () => {
      const w = describeWord('Łukasz', gazetteer, common);
      expect(w.lower).toBe('łukasz');
      expect(Array.from(w.affixes.subarray(0, AFFIX_MAX))).toEqual(
        ['ł', 'łu', 'łuk', 'łuka'].map((p) => hashText(p)),
      );
      expect(Array.from(w.affixes.subarray(AFFIX_MAX))).toEqual(
        ['z', 'sz', 'asz', 'kasz'].map((p) => hashText(p)),
      );
    });

    it('should leave affixes longer than the word empty', () => {
      const w = describeWord('Li', gazetteer, common);
      expect(Array.from(w.affixes)).toEqual([
        hashText('l'),
        hashText('li'),
        0,
        0,
        hashText('i'),
        hashText('li'),
        0,
        0,
      ]);
    });

    it('should flag name particles and capitalised common words', () => {
      expect(describeWord('bin', gazetteer, common).flags & PARTICLE_FLAG).toBeTruthy();
      expect(describeWord('Estimates', gazetteer, common).flags & COMMON_FLAG).toBeTruthy();
      expect(describeWord('Erdoğan', gazetteer, common).flags & COMMON_FLAG).toBe(0);
    });
  });

  describe('#writeSelfFeatures / #writeRoleFeatures', () => {
    it('should write exactly their slots', () => {
      const out = new Uint32Array(SELF_SLOTS + 2).fill(7);
      writeSelfFeatures(describeWord('Erdoğan', gazetteer, common), out, 1);
      expect(out[0]).toBe(7);
      expect(out[SELF_SLOTS + 1]).toBe(7);
      const roles = new Uint32Array(ROLE_SLOTS + 1).fill(7);
      writeRoleFeatures(BOUNDARY_WORD, 0, roles, 0);
      expect(roles[ROLE_SLOTS]).toBe(7);
    });
  });

  describe('#createFeatureExtractor', () => {
    const extractor = createFeatureExtractor(gazetteer, Uint32Array.from(common));
    const features = (sentence: string) => Array.from(extractor.extract(sentence.split(' ')));

    it('should give every token FEATURE_SLOTS slots in three groups', () => {
      expect(FEATURE_SLOTS).toBe(SELF_SLOTS + ROLE_OFFSETS.length * ROLE_SLOTS + CONTEXT_SLOTS);
      const context = createSentenceContext(gazetteer, Uint32Array.from(common));
      context.prepare(['Anna', 'met', 'Erdoğan']);
      const out = new Uint32Array(CONTEXT_SLOTS + 1).fill(7);
      context.writeContextFeatures(2, out, 0);
      expect(out[CONTEXT_SLOTS]).toBe(7);
    });

    it('should be deterministic and depend on the context', () => {
      const a = features('Anna met Erdoğan in Ankara .').slice(0, FEATURE_SLOTS * 6);
      const b = features('Anna met Erdoğan in Ankara .').slice(0, FEATURE_SLOTS * 6);
      expect(a).toEqual(b);
      const c = features('Anna saw Erdoğan in Ankara .').slice(0, FEATURE_SLOTS * 6);
      const token = (f: number[], i: number) => f.slice(i * FEATURE_SLOTS, (i + 1) * FEATURE_SLOTS);
      expect(token(a, 2)).not.toEqual(token(c, 2));
      expect(token(a, 5)).toEqual(token(c, 5)); // '.' is more than two words from the change
    });

    it('should tell non-ASCII words apart from their ASCII spellings', () => {
      const own = features('Erdoğan').slice(0, SELF_SLOTS);
      const ascii = features('Erdogan').slice(0, SELF_SLOTS);
      expect(own).not.toEqual(ascii);
    });
  });
});
