import { describe, expect, it } from 'vitest';
import type { JsonMap } from './openapi-components';
import { internSchemas, pruneSchemas } from './openapi-components';

const color: JsonMap = { type: 'string', enum: ['red', 'green', 'blue'] };
const point: JsonMap = {
  type: 'object',
  properties: { x: { type: 'number' }, y: { type: 'number' } },
  required: ['x', 'y'],
};
const ref = (name: string): JsonMap => ({ $ref: `#/components/schemas/${name}` });

describe('openapi-components', () => {
  describe('#internSchemas', () => {
    it.each([
      ['a whole schema', { schema: point }, { schema: ref('Point') }],
      [
        'a nested schema, inside arrays',
        { schema: { type: 'array', items: { ...color } } },
        { schema: { type: 'array', items: ref('Color') } },
      ],
      ['nothing that only looks alike', { schema: { ...point, required: ['x'] } }, null],
      ['no data values (enum, example)', { example: { ...color }, enum: [{ ...color }] }, null],
      ['no tiny schemas', { schema: { type: 'string' } }, null],
    ])('should replace %s', (_, doc, expected) => {
      const named: Array<[string, JsonMap]> = [
        ['Point', point],
        ['Color', color],
        ['Str', { type: 'string' }],
      ];
      const out = internSchemas(doc as JsonMap, named);
      expect(out.doc).toEqual(expected ?? doc);
      expect(Object.keys(out.schemas).sort()).toEqual(['Color', 'Point']);
    });

    it('should refer from a larger schema to a smaller one, and name equal schemas once', () => {
      const pixel: JsonMap = { type: 'object', properties: { at: point, color } };
      const out = internSchemas({ a: pixel }, [
        ['Pixel', pixel],
        ['Point', point],
        ['Spot', { ...point }],
        ['Color', color],
      ]);
      expect(out.doc).toEqual({ a: ref('Pixel') });
      expect(out.schemas.Pixel).toEqual({
        type: 'object',
        properties: { at: ref('Point'), color: ref('Color') },
      });
      expect(out.schemas.Spot).toBeUndefined();
    });
  });

  describe('#pruneSchemas', () => {
    it('should keep what the document reaches, through other components', () => {
      const schemas = { A: { items: ref('B') }, B: { type: 'string' }, C: { type: 'number' } };
      expect(Object.keys(pruneSchemas({ x: ref('A') }, schemas))).toEqual(['A', 'B']);
      expect(pruneSchemas({}, schemas)).toEqual({});
    });
  });
});
