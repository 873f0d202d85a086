import { describe, expect, it } from 'vitest';
import {
  catalogueEntry,
  INTERACTION_TYPES,
  isInteractionType,
  RELATION_CATALOGUE,
} from './catalogue';

describe('schema/catalogue', () => {
  it('should have one catalogue entry per interaction type', () => {
    expect(RELATION_CATALOGUE.map((e) => e.type).sort()).toEqual([...INTERACTION_TYPES].sort());
  });

  it.each([
    ['SANCTIONS', '163', 4],
    ['SUPPORTS', '07', 2],
    ['CONSULTS', '04', 1],
    ['CRITICIZES', '11', 3],
  ])('should code %s as CAMEO %s, quad class %i', (type, cameo, quad) => {
    expect(catalogueEntry(type)).toMatchObject({ cameo, quadClass: quad });
  });

  it('should not treat structural types as interactions', () => {
    expect(isInteractionType('HOLDS_ROLE')).toBe(false);
    expect(catalogueEntry('HOLDS_ROLE')).toBeUndefined();
  });
});
