/**
 * Features of a token that depend on its sentence: position, word pairs, shape n-grams,
 * gazetteer matches, and runs of capitalised words. `prepare(tokens)` computes the per-sentence
 * arrays once; `writeContextFeatures(i, ...)` then writes CONTEXT_SLOTS hashes per token.
 */
import { feature1, feature2, feature3 } from './feature-hash';
import {
  GAZETTEER_CLASSES,
  GAZETTEER_CLASS_COUNT,
  type GazetteerClass,
  type NameGazetteer,
} from './name-gazetteer';
import { COMMON_FLAG, describeWord, type WordInfo } from './word-info';
import { BOUNDARY_WORD } from './word-features';
import { WORD_FLAGS } from './word-shape';

export const CONTEXT_SLOTS = 24 + GAZETTEER_CLASS_COUNT;

const MEMO_LIMIT = 200_000;
const RUN_FLAGS = WORD_FLAGS.initCap | WORD_FLAGS.allCaps;
/** per token: code, first, last, word before, word after, last lexicon, 2nd before, 2nd after */
const RUN_FIELDS = 8;
const RUN_CONNECTIVES: ReadonlySet<string> = new Set(
  "of the and & for de del la le da du von van der den al al- el bin ibn y - 's".split(' '),
);

export interface SentenceContext {
  /** Memoised word description. */
  wordInfo(word: string): WordInfo;
  /** Reads a sentence; `words` then holds its WordInfo per token. */
  prepare(tokens: readonly string[]): void;
  readonly words: readonly WordInfo[];
  /** The word at `i` (BOUNDARY_WORD outside the sentence). */
  wordAt(i: number): WordInfo;
  writeContextFeatures(i: number, out: Uint32Array, at: number): void;
  /** Tokens start ... end - 1 are exactly one gazetteer phrase of class `cls` and of no other. */
  isOnlyPhrase(start: number, end: number, cls: GazetteerClass): boolean;
}

export function createSentenceContext(
  gazetteer: NameGazetteer,
  commonWords: Uint32Array,
): SentenceContext {
  const common: ReadonlySet<number> = new Set(commonWords);
  const memo = new Map<string, WordInfo>();
  const words: WordInfo[] = [];
  const lowered: string[] = [];
  let n = 0;
  let marks = new Uint8Array(0);
  let starts = new Uint8Array(0);
  let gazBits = new Uint32Array(0);
  let run = new Uint32Array(0); // per token: RUN_FIELDS (see markRuns)
  /** the sentence is a headline: most of its words are capitalised, so case tells less */
  let headline = 0;

  function wordInfo(word: string): WordInfo {
    let found = memo.get(word);
    if (!found) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      found = describeWord(word, gazetteer, common);
      memo.set(word, found);
    }
    return found;
  }
  const wordAt = (i: number) => (i < 0 || i >= n ? BOUNDARY_WORD : words[i]!);

  /**
   * Runs of capitalised tokens, joined over connectives between two capitalised tokens ('Bank
   * of England', 'Mohammed bin Salman'): each token gets the run's code (length up to 4 × 8 +
   * position: 1 first, 2 inside, 3 last, 4 alone), its first and last word and the two words on
   * either side ('the company X', 'X , a company', 'X said on').
   */
  function markRuns(): void {
    const capital = (i: number) => i < n && (words[i]!.flags & RUN_FLAGS) !== 0;
    const joins = (i: number) =>
      capital(i) || (i > 0 && RUN_CONNECTIVES.has(words[i]!.lower) && capital(i + 1));
    run.fill(0, 0, n * RUN_FIELDS);
    for (let i = 0; i < n; ) {
      if (!capital(i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && joins(j)) j++;
      const len = Math.min(j - i, 4);
      for (let k = i; k < j; k++) {
        const at = k * RUN_FIELDS;
        run[at] = len * 8 + (j - i === 1 ? 4 : k === i ? 1 : k === j - 1 ? 3 : 2);
        run[at + 1] = words[i]!.lowerHash;
        run[at + 2] = words[j - 1]!.lowerHash;
        run[at + 3] = wordAt(i - 1).lowerHash;
        run[at + 4] = wordAt(j).lowerHash;
        run[at + 5] = words[j - 1]!.lexicon;
        run[at + 6] = wordAt(i - 2).lowerHash;
        run[at + 7] = wordAt(j + 1).lowerHash;
      }
      i = j;
    }
  }

  function prepare(tokens: readonly string[]): void {
    n = tokens.length;
    words.length = n;
    lowered.length = n;
    if (marks.length < n * GAZETTEER_CLASS_COUNT) {
      marks = new Uint8Array(n * 2 * GAZETTEER_CLASS_COUNT);
      starts = new Uint8Array(n * 2);
      gazBits = new Uint32Array(n * 2);
      run = new Uint32Array(n * 2 * RUN_FIELDS);
    }
    for (let i = 0; i < n; i++) {
      words[i] = wordInfo(tokens[i]!);
      lowered[i] = words[i]!.lower;
      starts[i] = words[i]!.gazetteerStarts;
    }
    let lettered = 0;
    let capitalised = 0;
    for (let i = 1; i < n; i++) {
      const f = words[i]!.flags;
      if (f & (COMMON_FLAG | RUN_FLAGS)) lettered++;
      if (f & RUN_FLAGS) capitalised++;
    }
    headline = lettered >= 3 && capitalised * 3 >= lettered * 2 ? 1 : 0;
    gazetteer.markSentence(tokens, lowered, marks, starts);
    for (let i = 0; i < n; i++) {
      let bits = 0;
      for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++) {
        if (marks[i * GAZETTEER_CLASS_COUNT + c]) bits |= 1 << c;
      }
      gazBits[i] = bits;
    }
    markRuns();
  }

  function writeContextFeatures(i: number, out: Uint32Array, at: number): void {
    const w = words[i]!;
    const prev = wordAt(i - 1);
    const next = wordAt(i + 1);
    const first = i === 0;
    let k = at;
    let t = 200;
    out[k++] = first ? feature1(t, w.flags & WORD_FLAGS.initCap) : 0;
    out[k++] = first ? feature1(t + 1, w.lowerHash) : 0;
    // a capitalised first word is a name or a common word ('Estimates'): commonness and the
    // next word ('Dewar said') tell
    out[k++] = first ? feature2(t + 2, next.lowerHash, w.flags & COMMON_FLAG) : 0;
    out[k++] = feature2(t + 3, w.flags & (COMMON_FLAG | WORD_FLAGS.initCap), first ? 1 : 0);
    out[k++] = feature2(t + 4, prev.lowerHash, w.lowerHash);
    out[k++] = feature2(t + 5, w.lowerHash, next.lowerHash);
    out[k++] = feature3(t + 6, prev.shortHash, w.shortHash, next.shortHash);
    out[k++] = feature2(t + 7, prev.shortHash, w.shortHash);
    out[k++] = feature2(t + 8, w.shortHash, next.shortHash);
    out[k++] = feature2(t + 9, prev.lowerHash, w.shortHash);
    out[k++] = feature2(t + 10, w.shortHash, next.lowerHash);
    t += 11;
    for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++, t++) {
      const mark = marks[i * GAZETTEER_CLASS_COUNT + c]!;
      out[k++] = mark ? feature1(t, mark) : 0;
    }
    const gazPrev = i > 0 ? gazBits[i - 1]! : 0;
    const gazNext = i + 1 < n ? gazBits[i + 1]! : 0;
    out[k++] = gazPrev ? feature1(t, gazPrev) : 0;
    out[k++] = gazNext ? feature1(t + 1, gazNext) : 0;
    t += 2;
    const r0 = i * RUN_FIELDS;
    const code = run[r0]!;
    out[k++] = code ? feature1(t, code) : 0;
    out[k++] = code ? feature2(t + 1, code, w.flags) : 0;
    for (let r = 1; r < 5; r++) out[k++] = code ? feature1(t + 1 + r, run[r0 + r]!) : 0;
    // the run ends in an organisation or place head word ('... Institute', '... River')
    out[k++] = run[r0 + 5] ? feature2(t + 6, run[r0 + 5]!, code & 7) : 0;
    out[k++] = code ? feature2(t + 7, run[r0 + 6]!, run[r0 + 3]!) : 0;
    out[k++] = code ? feature2(t + 8, run[r0 + 4]!, run[r0 + 7]!) : 0;
    // in a headline a capital says little: the word's commonness and the run tell instead
    out[k++] = headline ? feature2(t + 9, w.flags & (COMMON_FLAG | RUN_FLAGS), code) : 0;
    out[k++] = headline ? feature1(t + 10, w.lowerHash) : 0;
  }

  function isOnlyPhrase(start: number, end: number, cls: GazetteerClass): boolean {
    const c = GAZETTEER_CLASSES.indexOf(cls);
    const mark = (i: number, k: number) => (i < n ? marks[i * GAZETTEER_CLASS_COUNT + k]! : 0);
    if (mark(start, c) !== 1 || mark(end, c) === 2) return false;
    for (let i = start + 1; i < end; i++) if (mark(i, c) !== 2) return false;
    for (let k = 0; k < GAZETTEER_CLASS_COUNT; k++) if (k !== c && mark(start, k)) return false;
    return true;
  }

  return { wordInfo, prepare, words, wordAt, writeContextFeatures, isOnlyPhrase };
}
