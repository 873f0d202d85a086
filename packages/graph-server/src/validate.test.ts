import { NeighborhoodQuerySchema, SearchQuerySchema, CypherRequestSchema } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error';
import { parseInput } from './validate';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(400);
    return (err as HttpError).message;
  }
  throw new Error('expected a 400');
}

describe('validate', () => {
  describe('#parseInput', () => {
    it('should return the parsed, defaulted input', () => {
      expect(parseInput(NeighborhoodQuerySchema, { depth: '2' }, 'query')).toMatchObject({
        depth: 2,
        limit: 200,
        minConfidence: 0,
      });
    });

    it.each([
      [
        NeighborhoodQuerySchema,
        'query' as const,
        { limit: '99999' },
        'query.limit: must be <= 2000',
      ],
      [NeighborhoodQuerySchema, 'query' as const, { limit: '0' }, 'query.limit: must be >= 1'],
      [
        NeighborhoodQuerySchema,
        'query' as const,
        { limit: '1e309' },
        'query.limit: must be a decimal integer',
      ],
      [
        SearchQuerySchema,
        'query' as const,
        { q: 'a', limit: '0x10' },
        'query.limit: must be a decimal integer',
      ],
      [
        SearchQuerySchema,
        'query' as const,
        { q: 'a', limit: '1e1' },
        'query.limit: must be a decimal integer',
      ],
      [
        SearchQuerySchema,
        'query' as const,
        { q: 'a', limit: '' },
        'query.limit: must be a decimal integer',
      ],
      [
        NeighborhoodQuerySchema,
        'query' as const,
        { depth: '1.5' },
        'query.depth: must be a decimal integer',
      ],
      [
        NeighborhoodQuerySchema,
        'query' as const,
        { types: 'Person,Alien' },
        'query.types[1]: must be one of: Person, Country',
      ],
      [
        NeighborhoodQuerySchema,
        'query' as const,
        { from: '2022-1-1' },
        'query.from: expected an ISO date YYYY-MM-DD',
      ],
      [
        NeighborhoodQuerySchema,
        'query' as const,
        { includeWeak: 'yes' },
        'query.includeWeak: must be one of: true, false',
      ],
      [SearchQuerySchema, 'query' as const, {}, 'query.q: is required'],
      [
        SearchQuerySchema,
        'query' as const,
        { q: 'x'.repeat(201) },
        'query.q: must be at most 200 characters',
      ],
      [CypherRequestSchema, 'body' as const, { query: 1 }, 'body.query: must be a string'],
    ])('should name the field and the rule (%#)', (schema, part, input, expected) => {
      expect(messageOf(() => parseInput(schema, input, part))).toContain(expected);
    });
  });
});
