/**
 * Best BIO tag sequence for one sentence: first-order Viterbi over emission scores and tag
 * transitions, with `I-X` allowed only after `B-X`/`I-X`.
 */
import { O_TAG, TAG_COUNT, isAllowedTransition } from './name-tags';

const T = TAG_COUNT;
/** Row of the transition matrix used for the first token. */
export const START_ROW = T;
/** Transition matrix size: (T + 1) rows (previous tag, then start) × T columns. */
export const TRANSITION_SIZE = (T + 1) * T;

const ALLOWED = new Uint8Array(TRANSITION_SIZE);
for (let p = 0; p <= T; p++) {
  for (let t = 0; t < T; t++) {
    ALLOWED[p * T + t] = isAllowedTransition(p === START_ROW ? O_TAG : p, t) ? 1 : 0;
  }
}

/** Allowed previous tags of each tag, flattened: PREV_FROM[t] ... PREV_FROM[t + 1] in PREV_LIST. */
const PREV_LIST: number[] = [];
const PREV_FROM = new Int32Array(T + 1);
for (let t = 0; t < T; t++) {
  PREV_FROM[t] = PREV_LIST.length;
  for (let p = 0; p < T; p++) if (ALLOWED[p * T + t]) PREV_LIST.push(p);
}
PREV_FROM[T] = PREV_LIST.length;
const PREVS = Int32Array.from(PREV_LIST);

let back = new Int8Array(0);
let prevScore = new Float64Array(T);
let nextScore = new Float64Array(T);

/**
 * Writes the best tag index per token into `out`. `emissions[i * T + t]` is token i's score for
 * tag t; `transitions[p * T + t]` the score of t after p (p = START_ROW for the first token).
 */
export function viterbiDecode(
  emissions: Float64Array,
  n: number,
  transitions: ArrayLike<number>,
  out: Int32Array | number[],
): void {
  if (n === 0) return;
  if (back.length < n * T) back = new Int8Array(n * 2 * T);
  for (let t = 0; t < T; t++) {
    prevScore[t] = ALLOWED[START_ROW * T + t]
      ? emissions[t]! + transitions[START_ROW * T + t]!
      : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = PREV_FROM[t]!, end = PREV_FROM[t + 1]!; q < end; q++) {
        const p = PREVS[q]!;
        const s = prevScore[p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      nextScore[t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
    const swap = prevScore;
    prevScore = nextScore;
    nextScore = swap;
  }
  let bestTag = 0;
  for (let t = 1; t < T; t++) if (prevScore[t]! > prevScore[bestTag]!) bestTag = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestTag;
    if (i > 0) bestTag = back[i * T + bestTag]!;
  }
}
