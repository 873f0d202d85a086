/**
 * Training sentences turned into numbered features: each token's FEATURE_SLOTS hashes become
 * ids (by first appearance, so numbering is deterministic); features seen fewer than
 * `minCount` times get none.
 */
import { tagIndex } from './name-tags';
import { seededRandom } from './seeded-random';
import { FEATURE_SLOTS, type FeatureExtractor } from './token-features';

export interface TrainingSentence {
  tokens: readonly string[];
  /** IOB2 tags over MODEL_TAGS (`O`, `B-PER`, … `I-MISC`) */
  tags: readonly string[];
}

export interface TrainingCorpus {
  /** token offset of each sentence, then the total */
  offsets: Int32Array;
  /** FEATURE_SLOTS feature ids per token, -1 = none */
  featureIds: Int32Array;
  gold: Int32Array;
  /** feature id → hash */
  hashes: Uint32Array;
}

/**
 * Knowledge dropout: a seeded `fraction` of the sentences is read by `extractor`, one that knows
 * no names (no gazetteer phrases or name-word classes), so that the weights do not lean on the
 * lists alone and still read unlisted names from their form and context.
 */
export interface KnowledgeDropout {
  extractor: FeatureExtractor;
  fraction: number;
  seed: number;
  /** sentences from this index on (augmented copies) are always read without the lists */
  alwaysFrom?: number;
}

export function prepareTrainingCorpus(
  sentences: readonly TrainingSentence[],
  extractor: FeatureExtractor,
  minCount: number,
  dropout?: KnowledgeDropout,
): TrainingCorpus {
  const random = seededRandom(dropout?.seed ?? 0);
  const offsets = new Int32Array(sentences.length + 1);
  sentences.forEach((s, i) => (offsets[i + 1] = offsets[i]! + s.tokens.length));
  const total = offsets[sentences.length]!;
  const raw = new Uint32Array(total * FEATURE_SLOTS);
  const gold = new Int32Array(total);
  sentences.forEach((s, i) => {
    if (s.tags.length !== s.tokens.length) {
      throw new Error(
        `@kg/extractor/name-tagger: sentence ${i} has ${s.tokens.length} tokens and ${s.tags.length} tags`,
      );
    }
    const dropped =
      dropout !== undefined &&
      (random() < dropout.fraction || i >= (dropout.alwaysFrom ?? Infinity));
    const features = (dropped ? dropout.extractor : extractor).extract(s.tokens);
    raw.set(features.subarray(0, s.tokens.length * FEATURE_SLOTS), offsets[i]! * FEATURE_SLOTS);
    s.tags.forEach((tag, j) => (gold[offsets[i]! + j] = tagIndex(tag)));
  });
  const counts = new Map<number, number>();
  for (const h of raw) if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  const hashes: number[] = [];
  const featureIds = new Int32Array(raw.length).fill(-1);
  for (let k = 0; k < raw.length; k++) {
    const h = raw[k]!;
    if (!h || counts.get(h)! < minCount) continue;
    let id = ids.get(h);
    if (id === undefined) {
      id = hashes.length;
      ids.set(h, id);
      hashes.push(h);
    }
    featureIds[k] = id;
  }
  return { offsets, featureIds, gold, hashes: Uint32Array.from(hashes) };
}
