import { describe, expect, it } from 'vitest';
import { collectCommonWords } from './common-words';
import { createNameGazetteer } from './name-gazetteer';
import { createNameTagger } from './name-tagger';
import { decodeTaggerModel, encodeTaggerModel } from './tagger-model-file';
import { TINY_CORPUS, testGazetteer } from './test-fixtures';
import { createFeatureExtractor } from './token-features';
import { trainPerceptron } from './train-perceptron';

/** Trains on the tiny corpus and returns the weight file as it would be written. */
function trainFile(seed: number): string {
  const gazetteer = testGazetteer();
  const common = collectCommonWords(TINY_CORPUS, 1);
  const trained = trainPerceptron(TINY_CORPUS, createFeatureExtractor(gazetteer, common), {
    epochs: 5,
    seed,
    minFeatureCount: 1,
  });
  return JSON.stringify(encodeTaggerModel(trained, common, 0, { seed }));
}

describe('train-perceptron', () => {
  describe('#trainPerceptron', () => {
    it('should give byte-identical weight files for the same data and seed', () => {
      expect(trainFile(7)).toBe(trainFile(7));
    });

    it('should visit sentences in a seed-dependent order', () => {
      expect(trainFile(7)).not.toBe(trainFile(8));
    });

    it('should learn its training sentences', () => {
      const tagger = createNameTagger(decodeTaggerModel(JSON.parse(trainFile(7))), testGazetteer());
      for (const s of TINY_CORPUS) expect(tagger.tag(s.tokens)).toEqual(s.tags);
    });

    it('should average several perceptrons into one set of weights', () => {
      const gazetteer = testGazetteer();
      const common = collectCommonWords(TINY_CORPUS, 1);
      const options = { epochs: 3, seed: 1, minFeatureCount: 1 };
      const extractor = createFeatureExtractor(gazetteer, common);
      const one = trainPerceptron(TINY_CORPUS, extractor, options);
      const three = trainPerceptron(TINY_CORPUS, extractor, { ...options, models: 3 });
      expect(three.features).toEqual(one.features);
      expect(three.weights).not.toEqual(one.weights);
    });

    it('should read the dropped-out sentences without the name lists', () => {
      const common = collectCommonWords(TINY_CORPUS, 1);
      const options = { epochs: 3, seed: 1, minFeatureCount: 1 };
      const full = createFeatureExtractor(testGazetteer(), common);
      const nameless = createFeatureExtractor(
        createNameGazetteer({ phrases: {}, givenNames: [], orgHeads: [], placeHeads: [] }),
        common,
      );
      const train = (fraction: number) =>
        trainPerceptron(TINY_CORPUS, full, {
          ...options,
          dropout: { extractor: nameless, fraction, seed: 3 },
        });
      expect(train(0)).toEqual(trainPerceptron(TINY_CORPUS, full, options));
      expect(train(1)).toEqual(trainPerceptron(TINY_CORPUS, nameless, options));
      expect(train(0.5)).toEqual(train(0.5));
      expect(train(0.5).weights).not.toEqual(train(0).weights);
      const copiesDropped = trainPerceptron(TINY_CORPUS, full, {
        ...options,
        dropout: { extractor: nameless, fraction: 0, seed: 3, alwaysFrom: 0 },
      });
      expect(copiesDropped).toEqual(trainPerceptron(TINY_CORPUS, nameless, options));
    });
  });
});
