import { describe, expect, it } from 'vitest';
import { collectCommonWords } from './common-words';
import { hashText } from './feature-hash';

describe('common-words', () => {
  describe('#collectCommonWords', () => {
    it('should keep lower-case words seen often enough, not sentence starts or names', () => {
      const sentences = ['the talks resumed', 'Talks failed', 'the Talks resumed', 'so the talks'];
      const words = collectCommonWords(
        sentences.map((s) => ({ tokens: s.split(' ') })),
        2,
      );
      expect(Array.from(words)).toEqual(
        [hashText('talks'), hashText('resumed')].sort((a, b) => a - b),
      );
    });
  });
});
