/**
 * Features that depend on one word only: its own ("self") features, and the features it
 * contributes as a neighbour at offset −2, −1, +1 or +2 ("role" features). Both are memoisable
 * per word, which is what makes tagging fast (see name-tagger.ts). Template ids: self 1–99,
 * roles 100–199, sentence context 200+ (sentence-context.ts).
 */
import { feature1 } from './feature-hash';
import { LEXICON_BIT_COUNT } from './name-gazetteer';
import { AFFIX_MAX, FLAG_COUNT, type WordInfo } from './word-info';
import { WORD_FLAGS } from './word-shape';

export const SELF_SLOTS = 6 + 2 * AFFIX_MAX + FLAG_COUNT + LEXICON_BIT_COUNT;
/** neighbour offsets with role features, in slot order */
export const ROLE_OFFSETS = [-2, -1, 1, 2] as const;
export const ROLE_SLOTS = 3;

const BOUNDARY = 0x5e17a1;
/** Stand-in for the words before and after a sentence. */
export const BOUNDARY_WORD: WordInfo = {
  lower: '',
  lowerHash: BOUNDARY,
  formHash: BOUNDARY,
  shapeHash: BOUNDARY,
  shortHash: BOUNDARY,
  flags: 0,
  lexicon: 0,
  gazetteerStarts: 0,
  scores: null,
  affixes: new Uint32Array(2 * AFFIX_MAX),
};

/** Writes SELF_SLOTS hashes (0 = none) for word `w` at `out[at...]`. */
export function writeSelfFeatures(w: WordInfo, out: Uint32Array, at: number): void {
  let k = at;
  let t = 1;
  out[k++] = feature1(t++, 0); // bias
  out[k++] = feature1(t++, w.lowerHash);
  out[k++] = feature1(t++, w.formHash);
  out[k++] = feature1(t++, w.shapeHash);
  out[k++] = feature1(t++, w.shortHash);
  out[k++] = feature1(t++, w.lowerHash ^ (w.flags & WORD_FLAGS.initCap ? 0x51f15e : 0));
  for (let a = 0; a < 2 * AFFIX_MAX; a++, t++) {
    out[k++] = w.affixes[a] ? feature1(t, w.affixes[a]!) : 0;
  }
  for (let f = 0; f < FLAG_COUNT; f++, t++) out[k++] = w.flags & (1 << f) ? feature1(t, 1) : 0;
  for (let b = 0; b < LEXICON_BIT_COUNT; b++, t++) {
    out[k++] = w.lexicon & (1 << b) ? feature1(t, 1) : 0;
  }
}

/** Writes ROLE_SLOTS hashes for word `w` seen at `ROLE_OFFSETS[role]` from the tagged token. */
export function writeRoleFeatures(w: WordInfo, role: number, out: Uint32Array, at: number): void {
  const t = 100 + role * 10;
  out[at] = feature1(t, w.lowerHash);
  out[at + 1] = feature1(t + 1, w.shortHash);
  // lexicon bits of the direct neighbours only ('President X', 'X Party')
  const direct = ROLE_OFFSETS[role] === -1 || ROLE_OFFSETS[role] === 1;
  out[at + 2] = direct && w.lexicon ? feature1(t + 2, w.lexicon) : 0;
}
