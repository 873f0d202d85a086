import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '@kg/schema';
import {
  ENTITY_TYPE_COLORS,
  QUAD_CLASS_COLORS,
  STRUCTURAL_EDGE_COLOR,
  WEAK_EDGE_COLOR,
  communityColor,
  edgeColor,
  edgeQuadClass,
  entityTypeColor,
  fade,
} from './colors';

describe('colors', () => {
  describe('#entityTypeColor', () => {
    it('should give every entity type a distinct colour', () => {
      const colours = ENTITY_TYPES.map(entityTypeColor);
      expect(new Set(colours).size).toBe(ENTITY_TYPES.length);
      expect(entityTypeColor('Person')).toBe(ENTITY_TYPE_COLORS.Person);
    });
    it('should fall back to grey for unknown types', () => {
      expect(entityTypeColor('Spaceship')).toBe('#8a8f98');
    });
  });

  describe('#edgeQuadClass', () => {
    it.each([
      ['SANCTIONS', undefined, 4],
      ['CONSULTS', undefined, 1],
      ['SUPPORTS', undefined, 2],
      ['CRITICIZES', undefined, 3],
      ['HOLDS_ROLE', undefined, undefined],
      ['CONSULTS', 3, 3],
    ])('should map %s (given %s) to %s', (type, given, expected) => {
      expect(edgeQuadClass(type, given)).toBe(expected);
    });
  });

  describe('#edgeColor', () => {
    it('should colour cooperation and conflict differently and structure grey', () => {
      expect(edgeColor('SANCTIONS')).toBe(QUAD_CLASS_COLORS[4]);
      expect(edgeColor('COOPERATES_DIPLOMATICALLY')).toBe(QUAD_CLASS_COLORS[1]);
      expect(edgeColor('HOLDS_ROLE')).toBe(STRUCTURAL_EDGE_COLOR);
      expect(edgeColor('CO_MENTIONED', 1)).toBe(WEAK_EDGE_COLOR);
    });
  });

  describe('#communityColor', () => {
    it('should cycle through the palette for any integer', () => {
      expect(communityColor(0)).toBe(communityColor(12));
      expect(communityColor(-1)).toMatch(/^#[0-9a-f]{6}$/);
      expect(communityColor(1)).not.toBe(communityColor(0));
    });
  });

  describe('#fade', () => {
    it('should mix towards white', () => {
      expect(fade('#000000', 0.5)).toBe('#808080');
      expect(fade('#ffffff', 0.5)).toBe('#ffffff');
      expect(fade('red')).toBe('red');
    });
  });
});
