import type { Token } from '../../types';

/**
 * A sentence as the name tagger reads it: wink tokens written together without a space are one
 * word ('Cheuk'+'-'+'yan' → 'Cheuk-yan'; letters split by wink are already one token after the
 * segment stage, digits and marks are glued here), as in the tagger's
 * training text; `from[w]`/`to[w]` give each word's wink token range [from, to).
 * A possessive or closing punctuation stays its own word ('Erdoğan' + "'s"), and so does a
 * lower-case particle before a hyphen ('al', '-', 'Sadr').
 */
export interface TaggerWords {
  words: string[];
  from: number[];
  to: number[];
}

const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** The tagger words of tokens [from, to). */
export function taggerWords(text: string, tokens: Token[], from: number, to: number): TaggerWords {
  const out: TaggerWords = { words: [], from: [], to: [] };
  let k = from;
  while (k < to) {
    let end = k + 1;
    for (;;) {
      const glued = gluedAfter(tokens, end - 1, to, end - 1 > k);
      if (glued === 0) break;
      end += glued;
    }
    out.words.push(
      end === k + 1 ? tokens[k]!.text : text.slice(tokens[k]!.start, tokens[end - 1]!.end),
    );
    out.from.push(k);
    out.to.push(end);
    k = end;
  }
  return out;
}

/**
 * How many tokens after `k` continue its word: 1 (a glued piece), 2 ('-', 'yan'), or 0.
 * `inWord`: `k` is not the word's first piece ('Chan-o' + '-cha' goes on).
 */
function gluedAfter(tokens: Token[], k: number, limit: number, inWord: boolean): number {
  const a = tokens[k]!;
  const b = tokens[k + 1];
  if (!b || k + 1 >= limit || b.start !== a.end || !WORD_END.test(a.text)) return 0;
  if (WORD_START.test(b.text)) return 1;
  // 'al-Sadr' stays 'al', '-', 'Sadr' (how the tagger knows the particle)
  if (a.text === a.lower && !inWord) return 0;
  const c = tokens[k + 2];
  if (b.text !== '-' || !c || k + 2 >= limit || c.start !== b.end) return 0;
  return WORD_START.test(c.text) ? 2 : 0;
}
