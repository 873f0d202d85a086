/**
 * Training of the name tagger: a structured averaged perceptron (Collins 2002) over hashed
 * token features and BIO tag transitions, decoded with Viterbi. Deterministic: sentences are
 * visited in an order drawn from a seeded PRNG and features are numbered by first appearance.
 */
import { seededRandom, shuffleInPlace } from './seeded-random';
import { TAG_COUNT } from './name-tags';
import { FEATURE_SLOTS, type FeatureExtractor } from './token-features';
import {
  prepareTrainingCorpus,
  type KnowledgeDropout,
  type TrainingCorpus,
  type TrainingSentence,
} from './training-corpus';
import { START_ROW, TRANSITION_SIZE, viterbiDecode } from './viterbi';

export type { TrainingSentence } from './training-corpus';

const T = TAG_COUNT;

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Perceptrons trained with seeds seed, seed + 1, …, whose weights are averaged (default 1). */
  models?: number;
  /** Features seen fewer times than this in the training data get no weight. */
  minFeatureCount: number;
  /** read a fraction of the sentences without the name lists (training-corpus.ts) */
  dropout?: KnowledgeDropout;
  onEpoch?: (epoch: number, tokenErrors: number) => void;
}

/** Averaged weights: one row of TAG_COUNT weights per feature hash. */
export interface TrainedWeights {
  features: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
}

export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  extractor: FeatureExtractor,
  options: TrainOptions,
): TrainedWeights {
  const corpus = prepareTrainingCorpus(
    sentences,
    extractor,
    options.minFeatureCount,
    options.dropout,
  );
  const models = options.models ?? 1;
  const sum: TrainedWeights = {
    features: corpus.hashes,
    weights: new Float64Array(corpus.hashes.length * T),
    transitions: new Float64Array(TRANSITION_SIZE),
  };
  for (let m = 0; m < models; m++) {
    const one = trainOne(corpus, options.seed + m, options);
    for (let k = 0; k < one.weights.length; k++) sum.weights[k] += one.weights[k]! / models;
    for (let k = 0; k < TRANSITION_SIZE; k++) sum.transitions[k] += one.transitions[k]! / models;
  }
  return sum;
}

function trainOne(corpus: TrainingCorpus, seed: number, options: TrainOptions): TrainedWeights {
  const { offsets, featureIds, gold, hashes } = corpus;
  const sentenceCount = offsets.length - 1;
  const w = new Float64Array(hashes.length * T);
  const u = new Float64Array(w.length); // Σ c × update, for averaging: w − u / c
  const trans = new Float64Array(TRANSITION_SIZE);
  const transU = new Float64Array(TRANSITION_SIZE);
  let maxLen = 0;
  for (let s = 0; s < sentenceCount; s++) maxLen = Math.max(maxLen, offsets[s + 1]! - offsets[s]!);
  const emissions = new Float64Array(maxLen * T);
  const predicted = new Int32Array(maxLen);
  const order = Array.from({ length: sentenceCount }, (_, i) => i);
  const random = seededRandom(seed);
  let c = 1;
  const update = (arr: Float64Array, sums: Float64Array, index: number, delta: number) => {
    arr[index] += delta;
    sums[index] += c * delta;
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const s of order) {
      const start = offsets[s]!;
      const n = offsets[s + 1]! - start;
      emissions.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        for (let k = (start + i) * FEATURE_SLOTS, end = k + FEATURE_SLOTS; k < end; k++) {
          const id = featureIds[k]!;
          if (id >= 0) for (let t = 0; t < T; t++) emissions[i * T + t] += w[id * T + t]!;
        }
      }
      viterbiDecode(emissions, n, trans, predicted);
      for (let i = 0; i < n; i++) {
        const g = gold[start + i]!;
        const p = predicted[i]!;
        const gPrev = i === 0 ? START_ROW : gold[start + i - 1]!;
        const pPrev = i === 0 ? START_ROW : predicted[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          update(trans, transU, gPrev * T + g, 1);
          update(trans, transU, pPrev * T + p, -1);
        }
        if (g === p) continue;
        errors++;
        for (let k = (start + i) * FEATURE_SLOTS, end = k + FEATURE_SLOTS; k < end; k++) {
          const id = featureIds[k]!;
          if (id < 0) continue;
          update(w, u, id * T + g, 1);
          update(w, u, id * T + p, -1);
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, errors);
  }
  for (let k = 0; k < w.length; k++) w[k] -= u[k]! / c;
  for (let k = 0; k < trans.length; k++) trans[k] -= transU[k]! / c;
  return { features: hashes, weights: w, transitions: trans };
}
