import { describe, expect, it } from 'vitest';
import { checkEnglish, detectLanguage, functionWordShare } from './language';

const TEXTS = {
  english:
    'French President Emmanuel Macron held talks with German Chancellor Olaf Scholz in Paris on ' +
    'Tuesday about the war in Ukraine, new sanctions against Russia and the supply of gas to ' +
    'Europe next winter. Both leaders called for an immediate ceasefire and new negotiations.',
  french:
    'Le président de la République a rencontré hier à Paris le chancelier allemand pour ' +
    'discuter de la guerre en Ukraine et des sanctions contre la Russie. Les deux dirigeants ' +
    'ont appelé à un cessez-le-feu immédiat et à la reprise des négociations de paix.',
  german:
    'Der Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten empfangen. Die ' +
    'beiden Politiker sprachen über den Krieg in der Ukraine, über neue Sanktionen gegen ' +
    'Russland und über die Versorgung Europas mit Gas im kommenden Winter. Beide forderten ' +
    'einen sofortigen Waffenstillstand.',
  shortFrench: 'La Russie a attaqué l’Ukraine.',
};

describe('language', () => {
  describe('#detectLanguage', () => {
    it.each([
      ['english', 'eng', true],
      ['french', 'fra', false],
      ['german', 'deu', false],
    ] as const)('should detect %s', (key, code, english) => {
      expect(detectLanguage(TEXTS[key])).toMatchObject({ code, english });
    });

    it('should not guess on a short text', () => {
      expect(detectLanguage(TEXTS.shortFrench)).toBeUndefined();
    });
  });

  describe('#functionWordShare', () => {
    it.each([
      ['english', 0.15, 1],
      ['french', 0, 0.05],
      ['german', 0, 0.05],
    ] as const)('should be high for English only (%s)', (key, min, max) => {
      const share = functionWordShare(TEXTS[key]);
      expect(share).toBeGreaterThanOrEqual(min);
      expect(share).toBeLessThan(max);
    });

    it('should leave English without function words (a list of names) to franc', () => {
      const names =
        'Emmanuel Macron, Olaf Scholz, Mario Draghi, Pedro Sanchez, Mark Rutte, Alexander De Croo, ' +
        'Xavier Bettel, Micheal Martin, Antonio Costa, Kyriakos Mitsotakis, Andrej Plenkovic, ' +
        'Robert Golob, Karl Nehammer, Petr Fiala, Eduard Heger, Viktor Orban, Klaus Iohannis, ' +
        'Rumen Radev, Mateusz Morawiecki, Gitanas Nauseda, Krisjanis Karins, Kaja Kallas, Sanna Marin.';
      expect(functionWordShare(names)).toBe(0);
      expect(detectLanguage(names)).toMatchObject({ code: 'eng', english: true });
    });
  });

  describe('#checkEnglish', () => {
    it('should refuse German with the language name and accept English', () => {
      expect(() => checkEnglish(TEXTS.german)).toThrow(/document is in German \(deu\)/);
      expect(() => checkEnglish(TEXTS.english)).not.toThrow();
    });
  });
});
