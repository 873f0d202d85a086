import { describe, expect, it } from 'vitest';
import { checkEnglish, detectLanguage } from './language';

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

  describe('#checkEnglish', () => {
    it('should refuse German with the language name and accept English', () => {
      expect(() => checkEnglish(TEXTS.german)).toThrow(/document is in German \(deu\)/);
      expect(() => checkEnglish(TEXTS.english)).not.toThrow();
    });
  });
});
