import { describe, expect, it } from 'vitest';
import { QueryRejectedError, QuerySyntaxError } from '../errors';
import { ALLOWED_QUERIES, HOSTILE_QUERIES } from '../contract/guard-cases';
import { guardReadOnlyCypher } from './cypher-guard';
import { tokenize } from './tokenize';

const refusal = (query: string): unknown => {
  try {
    guardReadOnlyCypher(query);
    return null;
  } catch (err) {
    return err;
  }
};

describe('cypher-guard', () => {
  describe('#tokenize', () => {
    it.each([
      ["RETURN 'a // b' AS x", ['RETURN', 'a // b', 'AS', 'x']],
      ['MATCH (n) /* CREATE */ RETURN n', ['MATCH', '(', 'n', ')', 'RETURN', 'n']],
      ['RETURN `we``ird` // tail', ['RETURN', 'we`ird']],
      ["RETURN 'it\\'s'", ['RETURN', "it's"]],
      [
        'MATCH (a)-[r]->(b) WHERE a.x <> $p',
        [
          'MATCH',
          '(',
          'a',
          ')',
          '-',
          '[',
          'r',
          ']',
          '->',
          '(',
          'b',
          ')',
          'WHERE',
          'a',
          '.',
          'x',
          '<>',
          '$p',
        ],
      ],
    ])('should tokenize %s', (query, values) => {
      expect(tokenize(query).map((t) => t.value)).toEqual(values);
    });

    it.each(["RETURN 'open", 'RETURN `open', 'RETURN 1 /* open'])(
      'should refuse the unterminated %s',
      (query) => {
        expect(() => tokenize(query)).toThrow(QuerySyntaxError);
      },
    );
  });

  describe('#guardReadOnlyCypher', () => {
    it.each(HOSTILE_QUERIES.map((c) => [c.name, c.query]))('should refuse %s', (_name, query) => {
      const err = refusal(query);
      expect(err instanceof QueryRejectedError || err instanceof QuerySyntaxError).toBe(true);
    });

    it.each([
      ['CALL timeout=0', 'CALL timeout=0'],
      ['CALL inside EXISTS', 'MATCH (n) WHERE EXISTS { CALL threads=4 } RETURN n'],
      ['a quoted procedure name', 'CALL `timeout`=0'],
      ['Cyrillic look-alike letters', 'MATCH (n) С\u0420EATE (m)'],
      ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
      ['a query starting with a comment then CREATE', '/* hi */ CREATE (n)'],
      ['an empty query', '  // nothing  '],
      ['a statement after a comment and a semicolon', 'RETURN 1; // x\nDROP TABLE Person'],
    ])('should refuse %s with QueryRejectedError', (_name, query) => {
      expect(refusal(query)).toBeInstanceOf(QueryRejectedError);
    });

    it.each([
      ...ALLOWED_QUERIES.map((c): [string, string] => [c.name, c.query]),
      ['show_tables', 'CALL show_tables() RETURN *'] as [string, string],
      ['table_info', "CALL table_info('Person') RETURN *"],
      ['show_connection', "CALL SHOW_CONNECTION('SANCTIONS') RETURN *"],
      ['a property named like a keyword', 'MATCH (n:Person) RETURN n.set, n.delete'],
      ['EXISTS subquery', 'MATCH (n:Person) WHERE EXISTS { MATCH (n)-[:HOLDS_ROLE]->() } RETURN n'],
      ['UNION', 'MATCH (n:Person) RETURN n.id AS id UNION MATCH (n:Country) RETURN n.id AS id'],
    ])('should allow %s', (_name, query) => {
      expect(() => guardReadOnlyCypher(query)).not.toThrow();
    });

    it('should say which clause is refused and how to add data', () => {
      expect(() => guardReadOnlyCypher('MATCH (n) /* x */ CReAtE (m)')).toThrow(
        /write clause CREATE is not allowed.*read-only; use `kg ingest` to add data/,
      );
      expect(() => guardReadOnlyCypher('MATCH (n) DETACH DELETE n')).toThrow(/DETACH DELETE/);
    });

    it.each([
      [
        'MATC (n) RETURN n',
        /syntax error at offset 0: unknown clause "MATC" — did you mean MATCH\?/,
      ],
      ['  retrun 1', /unknown clause "retrun" — did you mean RETURN\?/],
    ])('should report the typo %j as a syntax error, not a write refusal', (query, message) => {
      const err = refusal(query);
      expect(err).toBeInstanceOf(QuerySyntaxError);
      expect(String(err)).toMatch(message);
      expect(String(err)).not.toMatch(/read-only/);
    });

    it('should refuse a query that starts with no read clause and say what it may start with', () => {
      const err = refusal('SELECT * FROM Person');
      expect(err).toBeInstanceOf(QueryRejectedError);
      expect(String(err)).toMatch(/must start with MATCH, OPTIONAL.*found "SELECT"/);
    });

    it.each([
      ['MATCH (g:Group) RETURN g', 'MATCH (g:`Group`) RETURN g'],
      [
        'MATCH (g:Group)-[:MEMBER_OF]->(o) RETURN g.name AS Group;',
        'MATCH (g:`Group`)-[:MEMBER_OF]->(o) RETURN g.name AS Group',
      ],
      ["RETURN ':Group'", "RETURN ':Group'"],
    ])('should backquote reserved labels in %s', (query, expected) => {
      expect(guardReadOnlyCypher(query, { reservedLabels: ['Group'] }).query).toBe(expected);
    });
  });
});
