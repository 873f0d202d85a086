/**
 * Common lower-case words: words seen written in lower case (not first in their sentence) at
 * least `minCount` times in the training text. A capitalised word whose lower-case form is
 * common is often just a sentence start or a heading ('Estimates suggest ...'). Kept as sorted
 * FNV hashes of the words (see feature-hash.ts).
 */
import { hashText } from './feature-hash';

const LOWER_WORD = /^[\p{Ll}][\p{Ll}'’-]*$/u;

export function collectCommonWords(
  sentences: ReadonlyArray<{ tokens: readonly string[] }>,
  minCount: number,
): Uint32Array {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 1; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      if (LOWER_WORD.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const hashes: number[] = [];
  for (const [word, n] of counts) if (n >= minCount) hashes.push(hashText(word));
  return Uint32Array.from(new Set(hashes)).sort();
}
