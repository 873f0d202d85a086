/**
 * Open-addressing hash table from feature hash to its row of TAG_COUNT weights, stored inline
 * (key then weights in one buffer, so a lookup touches one place in memory). Linear probing;
 * key 0 marks an empty cell (feature hashes are never 0).
 */
import { TAG_COUNT } from './name-tags';

const STRIDE = TAG_COUNT + 1;
const FILTER_SHIFT = 11;
const FILTER_BITS = 1 << (32 - FILTER_SHIFT);

export interface WeightTable {
  /** Adds the weights of feature `hash` (if known) to `scores[at ... at + TAG_COUNT)`. */
  addTo(hash: number, scores: Float32Array | Float64Array, at: number): void;
}

export function createWeightTable(features: Uint32Array, weights: Float32Array): WeightTable {
  let capacity = 16;
  while (capacity < features.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const buffer = new ArrayBuffer(capacity * STRIDE * 4);
  // a bit per (hash >>> FILTER_SHIFT): most context features are unknown pairs, and the small
  // filter answers those without touching the large table
  const filter = new Uint32Array(FILTER_BITS >>> 5);
  for (const hash of features) {
    const bit = hash >>> FILTER_SHIFT;
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
  const keys = new Uint32Array(buffer);
  const values = new Float32Array(buffer);
  features.forEach((hash, row) => {
    let slot = hash & mask;
    while (keys[slot * STRIDE] !== 0) slot = (slot + 1) & mask;
    keys[slot * STRIDE] = hash;
    values.set(weights.subarray(row * TAG_COUNT, row * TAG_COUNT + TAG_COUNT), slot * STRIDE + 1);
  });
  return {
    addTo(hash, scores, at) {
      const bit = hash >>> FILTER_SHIFT;
      if (!(filter[bit >>> 5]! & (1 << (bit & 31)))) return;
      let slot = hash & mask;
      for (;;) {
        const cell = slot * STRIDE;
        const key = keys[cell]!;
        if (key === hash) {
          for (let t = 0; t < TAG_COUNT; t++) scores[at + t] += values[cell + 1 + t]!;
          return;
        }
        if (key === 0) return;
        slot = (slot + 1) & mask;
      }
    },
  };
}
