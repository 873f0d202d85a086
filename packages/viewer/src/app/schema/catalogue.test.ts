import * as schema from '@kg/schema';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  QUAD_CLASS_LABELS,
  RELATION_TYPES,
  STRUCTURAL_TYPES,
  catalogueEntry,
  isInteractionType,
} from './catalogue';

describe('catalogue (viewer copy of @kg/schema constants)', () => {
  describe('#constants', () => {
    it('should list the same entity and relation types in the same order', () => {
      expect(ENTITY_TYPES).toEqual(schema.ENTITY_TYPES);
      expect(RELATION_TYPES).toEqual(schema.RELATION_TYPES);
      expect(STRUCTURAL_TYPES).toEqual(schema.STRUCTURAL_TYPES);
      expect(QUAD_CLASS_LABELS).toEqual(schema.QUAD_CLASS_LABELS);
    });
  });

  describe('#catalogueEntry', () => {
    it.each(schema.RELATION_TYPES)('should agree with @kg/schema for %s', (type) => {
      const full = schema.catalogueEntry(type);
      expect(catalogueEntry(type)).toEqual(
        full ? { quadClass: full.quadClass, label: full.label } : undefined,
      );
      expect(isInteractionType(type)).toBe(schema.isInteractionType(type));
    });

    it('should know nothing of unknown or inherited names', () => {
      expect(catalogueEntry('toString')).toBeUndefined();
      expect(isInteractionType('NOPE')).toBe(false);
    });
  });
});
