import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors';
import { DEFAULT_ENGINE, engineName } from './engine';

describe('embedded/engine', () => {
  describe('engineName', () => {
    it.each([
      [undefined, DEFAULT_ENGINE],
      ['', DEFAULT_ENGINE],
      ['kuzu', 'kuzu'],
      [' Ladybug ', 'ladybug'],
    ])('should read KG_EMBEDDED_ENGINE=%s as %s', (value, expected) => {
      expect(engineName({ KG_EMBEDDED_ENGINE: value })).toBe(expected);
    });

    it('should refuse an unknown engine, naming the choices', () => {
      expect(() => engineName({ KG_EMBEDDED_ENGINE: 'neo4j' })).toThrow(StoreError);
      expect(() => engineName({ KG_EMBEDDED_ENGINE: 'neo4j' })).toThrow(/kuzu or ladybug/);
    });
  });
});
