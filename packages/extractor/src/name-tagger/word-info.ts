/**
 * What the tagger knows about one word form, computed once per distinct word and memoised:
 * hashes of its forms, shapes and affixes, orthographic flags and lexicon bits.
 */
import { hashText } from './feature-hash';
import type { NameGazetteer } from './name-gazetteer';
import { NAME_PARTICLES, shortShape, wordFlags, wordShape } from './word-shape';

export interface WordInfo {
  lower: string;
  lowerHash: number;
  formHash: number;
  shapeHash: number;
  shortHash: number;
  /** WORD_FLAGS bits, PARTICLE_FLAG, COMMON_FLAG */
  flags: number;
  /** LEXICON_BITS of the gazetteer */
  lexicon: number;
  /** NameGazetteer.phraseStarts of the word */
  gazetteerStarts: number;
  /** the tagger's memo: summed weights of the word's own and neighbour-role features */
  scores: Float32Array | null;
  /** prefixes 1–AFFIX_MAX then suffixes 1–AFFIX_MAX of the lower-cased word (0: too short) */
  affixes: Uint32Array;
}

export const AFFIX_MAX = 4;
/** a name particle ('bin', 'van', 'al-') */
export const PARTICLE_FLAG = 1 << 9;
/** the lower-cased form is a common lower-case word */
export const COMMON_FLAG = 1 << 10;
/** WORD_FLAGS bits plus the two above */
export const FLAG_COUNT = 11;

export function describeWord(
  word: string,
  gazetteer: NameGazetteer,
  commonWords: ReadonlySet<number>,
): WordInfo {
  const lower = word.toLowerCase();
  const lowerHash = hashText(lower);
  const affixes = new Uint32Array(2 * AFFIX_MAX);
  for (let k = 1; k <= AFFIX_MAX && k <= lower.length; k++) {
    affixes[k - 1] = hashText(lower, 0, k);
    affixes[AFFIX_MAX + k - 1] = hashText(lower, lower.length - k);
  }
  let flags = wordFlags(word);
  if (NAME_PARTICLES.has(lower)) flags |= PARTICLE_FLAG;
  if (commonWords.has(lowerHash)) flags |= COMMON_FLAG;
  return {
    lower,
    lowerHash,
    formHash: hashText(word),
    shapeHash: hashText(wordShape(word)),
    shortHash: hashText(shortShape(word)),
    flags,
    lexicon: gazetteer.wordLexicon(word),
    gazetteerStarts: gazetteer.phraseStarts(word),
    scores: null,
    affixes,
  };
}
