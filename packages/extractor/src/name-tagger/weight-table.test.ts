import { describe, expect, it } from 'vitest';
import { hashText } from './feature-hash';
import { TAG_COUNT } from './name-tags';
import { createWeightTable } from './weight-table';

describe('weight-table', () => {
  describe('#addTo', () => {
    const features = Uint32Array.from({ length: 1000 }, (_, k) => hashText(`f${k}`));
    const weights = Float32Array.from({ length: 1000 * TAG_COUNT }, (_, k) => k);
    const table = createWeightTable(features, weights);

    it('should add the row of a known feature at the given offset', () => {
      const scores = new Float64Array(2 * TAG_COUNT).fill(1);
      table.addTo(features[42]!, scores, TAG_COUNT);
      expect(Array.from(scores.subarray(0, TAG_COUNT))).toEqual(new Array(TAG_COUNT).fill(1));
      expect(scores[TAG_COUNT]).toBe(1 + 42 * TAG_COUNT);
      expect(scores[2 * TAG_COUNT - 1]).toBe(1 + 43 * TAG_COUNT - 1);
    });

    it('should leave scores alone for an unknown feature', () => {
      const scores = new Float64Array(TAG_COUNT);
      table.addTo(hashText('unknown'), scores, 0);
      expect(Array.from(scores)).toEqual(new Array(TAG_COUNT).fill(0));
    });
  });
});
