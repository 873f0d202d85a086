/**
 * The committed weight file (`data/models/name-tagger.json`): JSON with a small header and two
 * base64 blocks. `features` holds the kept feature hashes as little-endian uint32, ascending;
 * `weights` one row of little-endian int16 per feature (MODEL_TAGS order), real weight =
 * int16 × `weightScale`. Features whose largest |weight| is below `pruneBelow` are dropped.
 */
import { z } from 'zod';
import { MODEL_TAGS, TAG_COUNT } from './name-tags';
import { FEATURE_SLOTS, FEATURE_VERSION } from './token-features';
import type { TrainedWeights } from './train-perceptron';
import { TRANSITION_SIZE } from './viterbi';

export const TaggerModelFileSchema = z.object({
  format: z.literal('kg-name-tagger'),
  version: z.literal(1),
  /** FEATURE_VERSION of the code that trained it: features must be computed the same way */
  featureVersion: z.number().int(),
  featureSlots: z.number().int(),
  tags: z.array(z.string()).length(TAG_COUNT),
  pruneBelow: z.number().nonnegative(),
  weightScale: z.number().positive(),
  /** (tags + 1) × tags: score of a tag after the previous one; the last row is the start */
  transitions: z.array(z.number()).length(TRANSITION_SIZE),
  /** common lower-case words (see common-words.ts): little-endian uint32 hashes, ascending */
  commonWords: z.string(),
  featureCount: z.number().int().nonnegative(),
  features: z.string(),
  weights: z.string(),
  /** provenance: corpora, epochs, seed (free form) */
  training: z.record(z.string(), z.unknown()),
});
export type TaggerModelFile = z.infer<typeof TaggerModelFileSchema>;

/** Decoded model: features ascending, weights as float rows. */
export interface TaggerModel {
  commonWords: Uint32Array;
  features: Uint32Array;
  weights: Float32Array;
  transitions: Float64Array;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function uint32Base64(values: Uint32Array): string {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, k) => bytes.writeUInt32LE(v, k * 4));
  return bytes.toString('base64');
}

export function encodeTaggerModel(
  trained: TrainedWeights,
  commonWords: Uint32Array,
  pruneBelow: number,
  training: Record<string, unknown>,
): TaggerModelFile {
  const T = TAG_COUNT;
  const kept: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r < trained.features.length; r++) {
    let rowMax = 0;
    for (let t = 0; t < T; t++) rowMax = Math.max(rowMax, Math.abs(trained.weights[r * T + t]!));
    if (rowMax >= pruneBelow && rowMax > 0) {
      kept.push(r);
      maxAbs = Math.max(maxAbs, rowMax);
    }
  }
  kept.sort((a, b) => trained.features[a]! - trained.features[b]!);
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const features = Buffer.alloc(kept.length * 4);
  const weights = Buffer.alloc(kept.length * T * 2);
  kept.forEach((r, k) => {
    features.writeUInt32LE(trained.features[r]!, k * 4);
    for (let t = 0; t < T; t++) {
      weights.writeInt16LE(Math.round(trained.weights[r * T + t]! / scale), (k * T + t) * 2);
    }
  });
  return {
    format: 'kg-name-tagger',
    version: 1,
    featureVersion: FEATURE_VERSION,
    featureSlots: FEATURE_SLOTS,
    tags: [...MODEL_TAGS],
    pruneBelow,
    weightScale: scale,
    transitions: Array.from(trained.transitions, round),
    commonWords: uint32Base64(commonWords),
    featureCount: kept.length,
    features: features.toString('base64'),
    weights: weights.toString('base64'),
    training,
  };
}

/** Checks a parsed file against the running code and decodes its blocks. */
export function decodeTaggerModel(file: TaggerModelFile): TaggerModel {
  const fail = (why: string) => {
    throw new Error(`@kg/extractor/name-tagger: ${why}; retrain the model`);
  };
  if (file.featureVersion !== FEATURE_VERSION || file.featureSlots !== FEATURE_SLOTS) {
    fail(
      `weights were trained with feature version ${file.featureVersion}, code has ${FEATURE_VERSION}`,
    );
  }
  if (file.tags.join() !== MODEL_TAGS.join()) fail('tag set differs from MODEL_TAGS');
  const features = Buffer.from(file.features, 'base64');
  const weights = Buffer.from(file.weights, 'base64');
  const n = file.featureCount;
  if (features.length !== n * 4 || weights.length !== n * TAG_COUNT * 2)
    fail('block sizes do not match featureCount');
  const common = Buffer.from(file.commonWords, 'base64');
  const model: TaggerModel = {
    commonWords: Uint32Array.from({ length: common.length / 4 }, (_, k) =>
      common.readUInt32LE(k * 4),
    ),
    features: new Uint32Array(n),
    weights: new Float32Array(n * TAG_COUNT),
    transitions: Float64Array.from(file.transitions),
  };
  for (let k = 0; k < n; k++) model.features[k] = features.readUInt32LE(k * 4);
  for (let k = 0; k < n * TAG_COUNT; k++)
    model.weights[k] = weights.readInt16LE(k * 2) * file.weightScale;
  return model;
}
