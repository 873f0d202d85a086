import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from './name-tags';
import { TaggerModelFileSchema, decodeTaggerModel, encodeTaggerModel } from './tagger-model-file';
import type { TrainedWeights } from './train-perceptron';
import { TRANSITION_SIZE } from './viterbi';

const trained: TrainedWeights = {
  features: Uint32Array.from([30, 10, 20]),
  weights: Float64Array.from({ length: 3 * TAG_COUNT }, (_, k) =>
    k < TAG_COUNT ? 0.01 * (k - 4) : k % 2 ? 3 + k : -(1 + k),
  ),
  transitions: Float64Array.from({ length: TRANSITION_SIZE }, (_, k) => k / 3),
};

describe('tagger-model-file', () => {
  describe('#encodeTaggerModel / #decodeTaggerModel', () => {
    const file = encodeTaggerModel(trained, Uint32Array.from([5, 9]), 0.5, { note: 'test' });

    it('should drop features whose weights are all small and sort the rest by hash', () => {
      expect(TaggerModelFileSchema.parse(file)).toEqual(file);
      const model = decodeTaggerModel(file);
      expect(Array.from(model.features)).toEqual([10, 20]);
      expect(Array.from(model.commonWords)).toEqual([5, 9]);
    });

    it('should keep weights to within the int16 quantisation step', () => {
      const model = decodeTaggerModel(file);
      // hash 10 was row 1, hash 20 row 2
      for (const [row, source] of [
        [0, 1],
        [1, 2],
      ] as const) {
        for (let t = 0; t < TAG_COUNT; t++) {
          const want = trained.weights[source * TAG_COUNT + t]!;
          expect(Math.abs(model.weights[row * TAG_COUNT + t]! - want)).toBeLessThanOrEqual(
            file.weightScale,
          );
        }
      }
      expect(model.transitions[3]).toBeCloseTo(1, 4);
    });

    it('should refuse weights trained with other features', () => {
      expect(() => decodeTaggerModel({ ...file, featureVersion: -1 })).toThrow(/retrain/);
    });
  });
});
