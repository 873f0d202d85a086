import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema, IsoDateSchema, relationId } from './domain';

describe('schema/domain', () => {
  describe('IsoDateSchema', () => {
    it.each([
      ['2022-02-24', true],
      ['2024-02-29', true],
      ['2022-02-30', false],
      ['2023-02-29', false],
      ['9999-99-99', false],
      ['2022-13-01', false],
      ['2022-4-7', false],
      ['April 7', false],
    ])('should judge %s valid=%s', (value, valid) => {
      expect(IsoDateSchema.safeParse(value).success).toBe(valid);
    });
  });

  describe('#relationId', () => {
    it('should key a relation by source, type and target', () => {
      expect(relationId('RUS', 'SUPPORTS', 'BLR')).toBe('RUS__SUPPORTS__BLR');
      expect(relationId('a', 'SUPPORTS', 'b')).not.toBe(relationId('b', 'SUPPORTS', 'a'));
    });
  });

  describe('ExtractionResultSchema', () => {
    it('should refuse a relation without evidence', () => {
      const bad = {
        documents: [{ id: 'd', sentences: 1 }],
        entities: [],
        relations: [
          {
            id: 'r',
            source: 'a',
            target: 'b',
            type: 'SUPPORTS',
            negated: false,
            modality: 'asserted',
            confidence: 1,
            evidence: [],
          },
        ],
      };
      expect(ExtractionResultSchema.safeParse(bad).success).toBe(false);
    });
  });
});
