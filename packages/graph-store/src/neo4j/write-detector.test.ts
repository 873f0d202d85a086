import { describe, expect, it } from 'vitest';
import { detectWrites } from './write-detector';

const WRITES: Array<[string, RegExp]> = [
  ['CREATE (n:Person {id: "x"})', /CREATE/],
  ['create (n)', /CREATE/],
  ['MATCH (n) SET n.name = "x"', /SET/],
  ['MATCH (n)\n// harmless comment\nSeT n.name = "x"', /SET/],
  ['MATCH (n) /* RETURN n */ DETACH DELETE n', /DELETE/],
  ['match (n) delete n', /DELETE/],
  ['MERGE (a:Entity {id: "a"}) RETURN a', /MERGE/],
  ['MATCH (n) REMOVE n:Person', /REMOVE/],
  ['MATCH (n) REMOVE n.name RETURN n', /REMOVE/],
  ['FOREACH (x IN [1, 2] | CREATE (:Entity {id: toString(x)}))', /FOREACH/],
  ['MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS', /SET/],
  ['UNWIND [1] AS x CALL { RETURN 1 AS y } IN TRANSACTIONS RETURN x', /IN TRANSACTIONS/],
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
  ["load csv with headers from 'https://example.org/x.csv' as row return row", /LOAD CSV/],
  ["CALL apoc.create.node(['Person'], {id: 'x'}) YIELD node RETURN node", /apoc\.create\.node/],
  [
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    /apoc\.periodic\.iterate/,
  ],
  ["CALL `apoc`.`cypher`.doIt('CREATE (n)', {}) YIELD value RETURN value", /apoc\.cypher\.doIt/],
  ["RETURN apoc.load.json('file:///x.json')", /apoc\.load\.json/],
  ["CALL apoc.export.csv.all('out.csv', {})", /apoc\.export\.csv\.all/],
  ["CALL db.createLabel('X')", /db\.createLabel/],
  ['CALL dbms.security.createUser("eve", "pw", false)', /dbms\.security\.createUser/],
  ['CREATE CONSTRAINT c IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE', /commands/],
  ['DROP INDEX kg_evidence_doc', /commands/],
  ['CREATE DATABASE other', /commands/],
  ['SHOW TRANSACTIONS', /SHOW/],
  ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /TERMINATE/],
  ['SHOW USERS', /commands/],
  ['USE other MATCH (n) RETURN n', /USE/],
  ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', /one statement/],
  ['MATCH (n) CALL (n) { CREATE (m:X) } RETURN n', /CREATE/],
  ['MATCH (n) WITH n WHERE EXISTS { MATCH (n)--() } CREATE (c:Copy) RETURN c', /CREATE/],
  ['INSERT (a:Entity {id: "x"})', /INSERT/],
  ['RETURN linenumber()', /file/],
  ['MATCH (n) RETURN file() AS f', /file/],
  ["RETURN `apoc`.`load`.`json`('x')", /apoc\.load\.json/],
];

const READS = [
  'MATCH (n) RETURN n LIMIT 5',
  'match (e:Entity)-[r]->(o) where e.name CONTAINS "create" return e, r, o',
  'MATCH (createClause:Person) RETURN createClause.name AS setClause',
  '// CREATE (n)\nMATCH (n) RETURN n',
  'MATCH (n) /* DETACH DELETE n */ RETURN count(n)',
  "RETURN 'CREATE (n)' AS text, 'DELETE' AS d",
  'MATCH p = shortestPath((a:Entity {id: $a})-[*..4]-(b:Entity {id: $b})) RETURN p',
  'CALL db.labels() YIELD label RETURN label',
  "CALL db.index.fulltext.queryNodes('kg_entity_names', 'putin~') YIELD node, score RETURN node, score",
  'MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS d } RETURN n, d',
  'EXPLAIN MATCH (n) RETURN n',
  'CYPHER 5 MATCH (n:Entity) RETURN apoc.text.join(n.aliases, ", ") AS a',
  'MATCH (n) RETURN date(n.date) AS d, duration.between(date("2022-01-01"), date()) AS age',
  'UNWIND range(1, 3) AS x WITH x WHERE x > 1 RETURN collect(x)',
];

describe('neo4j/write-detector', () => {
  describe('#detectWrites', () => {
    it.each(WRITES)('should refuse %j', async (query, reason) => {
      const result = await detectWrites(query);
      expect(result.kind).toBe('refused');
      expect(result.kind === 'refused' && result.reason).toMatch(reason);
    });

    it.each(READS)('should accept the read %j', async (query) => {
      expect(await detectWrites(query)).toEqual({ kind: 'read' });
    });

    it.each(['MATCH (n RETURN n', 'RETURN', ':param x => 1', 'MATCH (n) RETURN m'])(
      'should report %j as a syntax or semantic error',
      async (query) => {
        expect((await detectWrites(query)).kind).toBe('syntax');
      },
    );

    it('should refuse an empty query as a syntax error', async () => {
      expect(await detectWrites('  // nothing\n')).toMatchObject({ kind: 'syntax' });
    });
  });
});
