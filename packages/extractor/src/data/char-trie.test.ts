import { describe, expect, it } from 'vitest';
import { CharTrie } from './char-trie';

describe('char-trie', () => {
  describe('#prefixesAt', () => {
    const trie = new CharTrie<string>();
    for (const k of ['united', 'united states', 'united nations', 'u', 'u.s.']) trie.add(k, k);
    trie.add('united', 'united-2');

    it.each([
      ['the united states of', 4, [['united states'], ['united', 'united-2'], ['u']]],
      ['u.s. says', 0, [['u.s.'], ['u']]],
      ['unity', 0, [['u']]],
      ['the', 0, []],
      ['a u', 2, [['u']]],
    ])('should list the keys prefixing %j at %i, longest first', (text, at, expected) => {
      expect(trie.prefixesAt(text, at).map((items) => [...items])).toEqual(expected);
    });
  });
});
