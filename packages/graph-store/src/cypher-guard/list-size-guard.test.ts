import { describe, expect, it } from 'vitest';
import { QueryRejectedError } from '../errors';
import { guardReadOnlyCypher } from './cypher-guard';

describe('cypher-guard/list-size-guard', () => {
  describe('#checkRangeCall (through guardReadOnlyCypher)', () => {
    it.each([
      'UNWIND range(1, 10) AS x RETURN x',
      'RETURN range(0, 999999)',
      'RETURN range(10, 1, -1)',
      'RETURN RANGE(-5, 5, 2)',
      "MATCH (n:Person) WHERE n.name = 'range(1, 999999999)' RETURN n",
      'MATCH (n:Person) RETURN n.range',
    ])('should allow %s', (query) => {
      expect(() => guardReadOnlyCypher(query)).not.toThrow();
    });

    it.each([
      ['UNWIND range(1, 300000000) AS x RETURN count(x)', /would build 300,000,000 items/],
      ['RETURN range(0, 1000000)', /would build 1,000,001 items/],
      ['UNWIND range(1, $n) AS x RETURN x', /integer literal bounds/],
      ['UNWIND range(1, 10 * 1000000) AS x RETURN x', /integer literal bounds/],
      ['RETURN range(1, 10, 0)', /zero step/],
      ['RETURN /* c */ Range (1, 2000000000)', /would build/],
    ])('should refuse %s', (query, message) => {
      expect(() => guardReadOnlyCypher(query)).toThrow(QueryRejectedError);
      expect(() => guardReadOnlyCypher(query)).toThrow(message);
    });
  });
});
