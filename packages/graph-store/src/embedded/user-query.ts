import type { KuzuValue } from 'kuzu';
import type { CypherResult, GraphEdge, GraphNode } from '@kg/schema';
import {
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreInputError,
} from '../errors';
import { guardReadOnlyCypher } from '../cypher-guard';
import type { UserQueryOptions } from '../graph-store';
import { INTERNAL_TIMEOUT_MS } from './kuzu-session';
import type { KuzuSession } from './kuzu-session';
import {
  isEntityNode,
  isPathValue,
  isRelationEdge,
  toGraphEdge,
  toGraphNode,
  toPlain,
} from './values';
import type { Obj } from './values';

const SOURCE = 'embedded/query';
/** Labels that are reserved words in Kùzu's Cypher: the guard backquotes them after `:`. */
export const KUZU_RESERVED_LABELS = ['Group'] as const;

/**
 * Read-only user Cypher: the guard's allow-list, then `prepare()` (refuses multiple statements),
 * a READ ONLY transaction, the query timeout and the row cap. Runs inside the session queue.
 */
export function runUserQuery(
  session: KuzuSession,
  query: string,
  params: Record<string, unknown>,
  options: UserQueryOptions,
): CypherResult {
  const started = performance.now();
  const { query: cypher } = guardReadOnlyCypher(query, { reservedLabels: KUZU_RESERVED_LABELS });
  const values = checkParams(params);
  const stmt = session.prepareOnce(cypher);
  if (!stmt.isSuccess()) throw databaseError(stmt.getErrorMessage());
  session.exec('BEGIN TRANSACTION READ ONLY');
  session.conn.setQueryTimeout(Math.max(1, Math.floor(options.timeoutMs)));
  let columns: string[] = [];
  const rows: unknown[][] = [];
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  try {
    const out = session.conn.executeSync(stmt, values);
    const results = Array.isArray(out) ? out : [out];
    try {
      const result = results[0];
      columns = result.getColumnNamesSync();
      while (result.hasNext()) {
        if (rows.length >= options.limit) {
          truncated = true;
          break;
        }
        const row = result.getNextSync();
        if (!row) break;
        const raw = columns.map((c) => row[c]);
        for (const v of raw) collect(v, nodes, edges);
        rows.push(raw.map(toPlain));
      }
    } finally {
      for (const r of results) r.close();
    }
  } catch (err) {
    throw databaseError(err instanceof Error ? err.message : String(err), options.timeoutMs);
  } finally {
    session.conn.setQueryTimeout(INTERNAL_TIMEOUT_MS);
    try {
      session.exec('ROLLBACK');
    } catch {
      // the failed query already ended the transaction
    }
  }
  return {
    columns,
    rows,
    truncated,
    dialect: 'kuzu',
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    elapsedMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

function collect(v: unknown, nodes: Map<string, GraphNode>, edges: Map<string, GraphEdge>): void {
  if (Array.isArray(v)) {
    for (const x of v) collect(x, nodes, edges);
    return;
  }
  const o = v as Obj;
  if (isEntityNode(o)) nodes.set(String(o.id), toGraphNode(o));
  else if (isRelationEdge(o)) edges.set(String(o.id), toGraphEdge(o));
  else if (isPathValue(o)) {
    collect(o._nodes, nodes, edges);
    collect(o._rels, nodes, edges);
  }
}

function checkParams(params: Record<string, unknown>): Record<string, KuzuValue> {
  const ok = (v: unknown): boolean =>
    v === null ||
    ['string', 'number', 'boolean'].includes(typeof v) ||
    (Array.isArray(v) && v.every(ok)) ||
    (typeof v === 'object' &&
      Object.getPrototypeOf(v) === Object.prototype &&
      Object.values(v as object).every(ok));
  for (const [k, v] of Object.entries(params)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) || !ok(v)) {
      throw new StoreInputError(
        SOURCE,
        `parameter "${k}" must be named like an identifier and hold JSON values`,
      );
    }
  }
  return params as Record<string, KuzuValue>;
}

function databaseError(message: string, timeoutMs?: number): Error {
  const msg = message.replace(/\s+/g, ' ').trim();
  if (/interrupted|timeout/i.test(msg)) {
    return new QueryTimeoutError(
      SOURCE,
      `the query ran past its ${timeoutMs ?? '?'} ms timeout: add a LIMIT or narrow the MATCH`,
    );
  }
  if (/read-only transaction|read only/i.test(msg)) {
    return new QueryRejectedError(
      SOURCE,
      `the database refused a write: the console is read-only; use \`kg ingest\` to add data`,
    );
  }
  if (/multiple statements/i.test(msg)) {
    return new QueryRejectedError(
      SOURCE,
      'multiple statements are not allowed: send one query at a time',
    );
  }
  const hint = /Table \w+ does not exist/i.test(msg)
    ? ' (relationship tables exist once a relation of that type was ingested; labels are case-sensitive)'
    : /type\(|labels\(|shortestPath|elementId/i.test(msg)
      ? ' (Kùzu dialect: label(x) for type/labels, -[* SHORTEST 1..k]- for shortestPath)'
      : '';
  return new QuerySyntaxError(SOURCE, `Kùzu rejected the query: ${msg}${hint}`);
}
