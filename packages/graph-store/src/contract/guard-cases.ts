/**
 * User queries every store must refuse (writes, file access, procedures, multiple statements,
 * tricks to hide them), and read-only queries every store must run. Dialect-neutral: each adapter
 * may refuse a hostile query with QueryRejectedError or QuerySyntaxError, but never run it.
 */
export const HOSTILE_QUERIES: ReadonlyArray<{ name: string; query: string }> = [
  { name: 'CREATE', query: "CREATE (:Person {id: 'x', name: 'X'})" },
  { name: 'MATCH ... CREATE', query: "MATCH (n:Person) CREATE (:Person {id: 'x2', name: 'X2'})" },
  {
    name: 'mixed-case CReAtE after a block comment',
    query: "MATCH (n:Person) /* x */ CReAtE (:Person {id: 'x3'})",
  },
  { name: 'DELETE after a line comment', query: 'MATCH (n:Person) //\nDELETE n' },
  { name: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n' },
  { name: 'MERGE', query: "MERGE (n:Person {id: 'x4'}) RETURN n" },
  { name: 'SET', query: "MATCH (n:Person) SET n.name = 'pwned' RETURN n" },
  { name: 'REMOVE', query: 'MATCH (n:Person) REMOVE n.name RETURN n' },
  { name: 'DROP TABLE', query: 'DROP TABLE Person' },
  { name: 'ALTER TABLE', query: 'ALTER TABLE Person ADD x INT64' },
  { name: 'COPY FROM', query: "COPY Person FROM '/etc/passwd'" },
  { name: 'COPY TO', query: "COPY (MATCH (n:Person) RETURN n.name) TO '/tmp/kg-leak.csv'" },
  { name: 'LOAD FROM', query: "LOAD FROM '/etc/passwd' RETURN *" },
  { name: 'LOAD CSV', query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line" },
  { name: 'LOAD EXTENSION', query: 'LOAD EXTENSION httpfs' },
  { name: 'INSTALL', query: 'INSTALL httpfs' },
  { name: 'ATTACH', query: "ATTACH '/tmp/other.kuzu' AS other (dbtype kuzu)" },
  { name: 'DETACH database', query: 'DETACH other' },
  { name: 'USE', query: 'USE other' },
  { name: 'EXPORT DATABASE', query: "EXPORT DATABASE '/tmp/kg-export'" },
  { name: 'IMPORT DATABASE', query: "IMPORT DATABASE '/tmp/kg-export'" },
  { name: 'CHECKPOINT', query: 'CHECKPOINT' },
  { name: 'BEGIN TRANSACTION', query: 'BEGIN TRANSACTION' },
  { name: 'COMMIT', query: 'COMMIT' },
  { name: 'ROLLBACK', query: 'ROLLBACK' },
  { name: 'CALL timeout=0', query: 'CALL timeout=0' },
  { name: 'CALL threads', query: 'CALL threads=1' },
  {
    name: 'EXPLAIN CALL CREATE_FTS_INDEX',
    query: "EXPLAIN CALL CREATE_FTS_INDEX('Person', 'idx', ['name'])",
  },
  {
    name: 'PROFILE CALL CREATE_FTS_INDEX',
    query: "PROFILE CALL CREATE_FTS_INDEX('Person', 'idx', ['name'])",
  },
  { name: 'CALL a write procedure', query: 'CALL db.clearQueryCaches()' },
  { name: 'CALL a projection', query: "CALL project_graph('g', ['Person'], [])" },
  { name: 'two statements', query: "MATCH (n:Person) RETURN n; CREATE (:Person {id: 'x5'})" },
  { name: 'two reads', query: 'MATCH (n:Person) RETURN n; MATCH (m:Country) RETURN m' },
  { name: 'fullwidth DELETE', query: 'MATCH (n:Person) \uFF24\uFF25\uFF2C\uFF25\uFF34\uFF25 n' },
  { name: 'zero-width space inside a keyword', query: 'MATCH (n:Person) DE\u200BLETE n' },
  {
    name: 'no-break space before CREATE',
    query: "MATCH (n:Person)\u00A0CREATE (:Person {id: 'x6'})",
  },
  { name: 'FOREACH write', query: "FOREACH (x IN [1] | CREATE (:Person {id: 'x7'}))" },
  {
    name: 'CREATE inside a subquery',
    query: "MATCH (n:Person) CALL { CREATE (:Person {id: 'x8'}) } RETURN n",
  },
  { name: 'unterminated comment hiding a clause', query: 'MATCH (n:Person) RETURN n /* DELETE n' },
];

export const ALLOWED_QUERIES: ReadonlyArray<{
  name: string;
  query: string;
  params?: Record<string, unknown>;
  rows?: number;
}> = [
  { name: 'simple match', query: 'MATCH (n:Person) RETURN n.name AS name ORDER BY name', rows: 3 },
  { name: "keyword in a string: RETURN 'CREATE'", query: "RETURN 'CREATE' AS s", rows: 1 },
  {
    name: 'keyword in a double-quoted string',
    query: 'MATCH (n:Person) WHERE n.name <> "DELETE me" RETURN n.id',
    rows: 3,
  },
  {
    name: 'keyword as backquoted alias',
    query: 'MATCH (n:Country) RETURN n.name AS `CREATE`',
    rows: 4,
  },
  {
    name: 'keyword inside a comment',
    query: '// CREATE a node? no\nMATCH (n:Country) RETURN n.id /* DELETE */',
    rows: 4,
  },
  {
    name: 'typed relationship, natural form',
    query: 'MATCH (a:Person)-[r:HOLDS_ROLE]->(b:Country) RETURN a.name, b.name',
    rows: 1,
  },
  {
    name: 'WHERE + ORDER BY + SKIP + LIMIT',
    query:
      'MATCH (n:Country) WHERE n.name STARTS WITH $p RETURN n.id ORDER BY n.id SKIP 0 LIMIT 10',
    params: { p: 'V' },
    rows: 1,
  },
  { name: 'UNWIND', query: 'UNWIND [1, 2, 3] AS x RETURN x', rows: 3 },
  {
    name: 'WITH pipeline',
    query: 'MATCH (n:Country) WITH n ORDER BY n.id LIMIT 2 RETURN n.id',
    rows: 2,
  },
  {
    name: 'OPTIONAL MATCH with a parameter',
    query: 'OPTIONAL MATCH (n:Person {id: $id}) RETURN n.name AS name',
    params: { id: 'ana-kovac' },
    rows: 1,
  },
  { name: 'aggregation', query: 'MATCH (a)-[r:SANCTIONS]->(b) RETURN count(r) AS c', rows: 1 },
  { name: 'trailing semicolon', query: 'MATCH (n:Country) RETURN n.id;', rows: 4 },
  {
    name: 'property named like a keyword in a string comparison',
    query: "MATCH (n:Country) WHERE n.name = 'SET' RETURN n",
    rows: 0,
  },
];

/**
 * Guard-allowed reads that would build huge values or products in one engine step (past any
 * timeout): every store refuses them with QueryRejectedError before they run, whatever the
 * quoting or case of the function name.
 */
export const HEAVY_QUERIES: ReadonlyArray<{ name: string; query: string }> = [
  { name: 'huge range()', query: 'UNWIND range(1, 300000000) AS x RETURN count(x)' },
  { name: 'backquoted `range`', query: 'UNWIND `range`(1, 300000000) AS x RETURN count(x)' },
  { name: 'range() with a parameter bound', query: 'UNWIND range(1, $n) AS x RETURN count(x)' },
  { name: 'huge lpad()', query: "RETURN size(lpad('', 150000000, 'x')) AS n" },
  { name: 'huge repeat()', query: "RETURN size(repeat('ab', 20000000)) AS n" },
  {
    name: 'cartesian product of two ranges',
    query: 'UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)',
  },
];
