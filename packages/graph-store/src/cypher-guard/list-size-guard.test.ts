import { describe, expect, it } from 'vitest';
import { QueryRejectedError } from '../errors';
import { guardReadOnlyCypher } from './cypher-guard';
import { checkBuildCost } from './list-size-guard';
import { tokenize } from './tokenize';

describe('cypher-guard/list-size-guard', () => {
  describe('#checkBuildCost (through guardReadOnlyCypher)', () => {
    it.each([
      'UNWIND range(1, 10) AS x RETURN x',
      'RETURN range(0, 999999)',
      'RETURN range(10, 1, -1)',
      'RETURN RANGE(-5, 5, 2)',
      "MATCH (n:Person) WHERE n.name = 'range(1, 999999999)' RETURN n",
      'MATCH (n:Person) RETURN n.range',
      'MATCH (range:Person)-[:MEMBER_OF]->(lpad) RETURN range, lpad',
      "RETURN lpad('7', 3, '0'), rpad(`x`, 20, ' ')",
      "RETURN repeat('ab', 400000)",
      'UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b RETURN count(*)',
      "UNWIND range(1, 100000) AS i RETURN lpad(toString(i), 10, '0')",
      'RETURN [x IN range(1, 3000) | x * 2]',
    ])('should allow %s', (query) => {
      expect(() => guardReadOnlyCypher(query)).not.toThrow();
    });

    it('should read a backquoted name with an escaped backquote as another identifier', () => {
      expect(checkBuildCost(tokenize('UNWIND `ran``ge`(1, 300000000) AS x RETURN x'))).toBe(
        undefined,
      );
    });

    it.each([
      ['UNWIND range(1, 300000000) AS x RETURN count(x)', /would build 300,000,000 items/],
      ['UNWIND `range`(1, 300000000) AS x RETURN count(x)', /range\(\) at offset 7 would build/],
      ['UNWIND `RANGE` (1, 300000000) AS x RETURN x', /would build 300,000,000/],
      ['RETURN range(0, 1000000)', /would build 1,000,001 items/],
      ['UNWIND range(1, $n) AS x RETURN x', /integer literal bounds/],
      ['UNWIND `range`(1, $n) AS x RETURN x', /integer literal bounds/],
      ['UNWIND range(1, 10 * 1000000) AS x RETURN x', /integer literal bounds/],
      ['RETURN range(1, 10, 0)', /zero step/],
      ['RETURN /* c */ Range (1, 2000000000)', /would build/],
      [
        "RETURN lpad('', 150000000, 'x')",
        /lpad\(\) at offset 7 would build 150,000,000 characters/,
      ],
      ["RETURN `LPAD`('', 150000000, 'x')", /would build 150,000,000 characters/],
      ["RETURN rpad('', $n, 'x')", /rpad\(\) at offset 7 needs an integer literal size/],
      ["RETURN repeat('ab', 20000000)", /repeat\(\) at offset 7 would build 40,000,000 characters/],
      ["RETURN repeat(repeat('ab', 1000), 1000)", /would build 2,000,000 characters/],
      ["RETURN apoc.text.lpad('', 5000000, 'x')", /lpad\(\) at offset \d+ would build/],
      ['RETURN apoc.coll.fill(1, 2000000)', /fill\(\) at offset \d+ would build 2,000,000 items/],
      [
        'UNWIND range(1,1000000) AS a UNWIND range(1,1000000) AS b RETURN count(*)',
        /estimated cost 1,000,000,000,000 is above 10,000,000 \(range\(\) at offset 7: 1,000,000 × range\(\) at offset 36: 1,000,000\)/,
      ],
      ['RETURN [x IN range(1, 10000) | [y IN range(1, 10000) | y]]', /estimated cost/],
      ["UNWIND range(1, 1000000) AS i RETURN lpad('', 100, 'x')", /100 items built per row/],
    ])('should refuse %s', (query, message) => {
      expect(() => guardReadOnlyCypher(query)).toThrow(QueryRejectedError);
      expect(() => guardReadOnlyCypher(query)).toThrow(message);
    });
  });
});
