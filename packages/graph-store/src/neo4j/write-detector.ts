/**
 * Read-only guard for user Cypher, built on Neo4j's own parser (@neo4j-cypher/language-support):
 * the query is parsed, linted for syntax/semantic errors, and its parse tree walked for write
 * clauses, admin commands, file access, USE, CALL ... IN TRANSACTIONS and procedures or
 * functions outside an allow-list. Comments, case and whitespace cannot hide a clause because
 * the decision is taken on grammar rules, not on text. The server-side checks (READ session,
 * `summary.queryType === 'r'`) remain as a second line of defence.
 */

/** Grammar rules that make a statement anything but a plain read. */
const REFUSED_RULES: Record<string, string> = {
  createClause: 'CREATE writes',
  insertClause: 'INSERT writes',
  mergeClause: 'MERGE writes',
  deleteClause: 'DELETE writes',
  setClause: 'SET writes',
  removeClause: 'REMOVE writes',
  foreachClause: 'FOREACH updates',
  loadCSVClause: 'LOAD CSV reads files',
  subqueryInTransactionsParameters: 'CALL ... IN TRANSACTIONS runs its own transactions',
  command: 'administration and schema commands are not queries',
  composableCommandClauses: 'SHOW/TERMINATE commands are not allowed',
  useClause: 'USE switches databases',
  localDefinition: 'DEFINE is not allowed',
  consoleCommand: 'console commands are not Cypher',
};

/** Procedures known to only read. Anything else (apoc.create.*, db.create*, dbms.*) is refused. */
export const READ_ONLY_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
  'dbms.components',
  'apoc.meta.stats',
  'apoc.meta.schema',
  'apoc.meta.data',
  'apoc.path.expand',
  'apoc.path.expandConfig',
  'apoc.path.subgraphNodes',
  'apoc.path.subgraphAll',
  'apoc.path.spanningTree',
  'apoc.neighbors.tohop',
  'apoc.neighbors.byhop',
  'apoc.algo.dijkstra',
  'apoc.algo.allSimplePaths',
]);

/** Function namespaces that are pure. Built-ins (no namespace) are allowed except file access. */
const PURE_FUNCTION_NAMESPACES = [
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
  'apoc.coll',
  'apoc.text',
  'apoc.map',
  'apoc.convert',
  'apoc.date',
  'apoc.temporal',
  'apoc.number',
  'apoc.math',
  'apoc.agg',
  'apoc.node',
  'apoc.rel',
  'apoc.label',
  'apoc.any',
  'apoc.bitwise',
  'apoc.hashing',
  'apoc.util',
  'apoc.meta',
  'apoc.path',
  'apoc.scoring',
];
const REFUSED_BUILTINS = new Set(['file', 'linenumber']);

export type WriteCheck =
  | { kind: 'read' }
  | { kind: 'refused'; reason: string }
  | { kind: 'syntax'; message: string };

interface SimpleTree {
  name: string;
  children?: SimpleTree[];
}

interface LanguageSupport {
  parseStatementsStrs(query: string): string[];
  getDebugTree(query: string): SimpleTree;
  lintCypherQuery(
    query: string,
    dbSchema: Record<string, unknown>,
    options?: { consoleCommandsEnabled?: boolean },
  ): { diagnostics: Array<{ message: string; severity?: number }> };
  isNotParamError(d: { message: string }): boolean;
}

let loading: Promise<LanguageSupport> | undefined;

/** Loads the parser once (~0.6–0.9 s on first use). */
export function loadLanguageSupport(): Promise<LanguageSupport> {
  loading ??= import('@neo4j-cypher/language-support') as Promise<LanguageSupport>;
  return loading;
}

function textOf(node: SimpleTree): string {
  if (!node.children || node.children.length === 0) return node.name;
  return node.children.map(textOf).join('');
}

/**
 * Qualified name of a procedureName/functionName rule (`namespace symbolicNameString`). An
 * empty `namespace` rule has no children, like a terminal, so it is skipped explicitly.
 */
function qualifiedName(node: SimpleTree): string {
  const parts = (node.children ?? []).filter(
    (c, i) => !(i === 0 && c.name === 'namespace' && !c.children?.length),
  );
  return parts.map(textOf).join('').replace(/`/g, '').replace(/\s+/g, '');
}

function refusalIn(node: SimpleTree): string | undefined {
  const children = node.children ?? [];
  // Terminals have no children: a variable called `createClause` is text, not a rule.
  if (children.length === 0) return undefined;
  const rule = REFUSED_RULES[node.name];
  if (rule) return rule;
  if (node.name === 'procedureName') {
    const name = qualifiedName(node);
    if (!READ_ONLY_PROCEDURES.has(name))
      return `procedure ${name} is not on the read-only allow-list`;
  }
  if (node.name === 'functionName') {
    const name = qualifiedName(node);
    const dot = name.lastIndexOf('.');
    const namespace = dot < 0 ? '' : name.slice(0, dot);
    if (namespace === '' && REFUSED_BUILTINS.has(name.toLowerCase()))
      return `function ${name} reads files`;
    if (namespace !== '' && !PURE_FUNCTION_NAMESPACES.includes(namespace)) {
      return `function ${name} is not on the read-only allow-list`;
    }
  }
  for (const child of children) {
    const reason = refusalIn(child);
    if (reason) return reason;
  }
  return undefined;
}

/** Classifies a user query as a plain read, refused (with the reason) or a syntax error. */
export function checkReadOnly(ls: LanguageSupport, query: string): WriteCheck {
  const statements = ls.parseStatementsStrs(query);
  if (statements.length !== 1) {
    return statements.length === 0
      ? { kind: 'syntax', message: 'empty query' }
      : { kind: 'refused', reason: 'exactly one statement is allowed' };
  }
  const errors = ls
    .lintCypherQuery(query, {}, { consoleCommandsEnabled: false })
    .diagnostics.filter((d) => d.severity === 1 && ls.isNotParamError(d));
  if (errors.length > 0)
    return { kind: 'syntax', message: errors.map((e) => e.message).join('; ') };
  const reason = refusalIn(ls.getDebugTree(query));
  return reason ? { kind: 'refused', reason } : { kind: 'read' };
}

/** Same as checkReadOnly, loading the parser on first use. */
export async function detectWrites(query: string): Promise<WriteCheck> {
  return checkReadOnly(await loadLanguageSupport(), query);
}
