import { engine, ENGINE_LABELS } from './engine';
import type { Connection, EngineValue } from './engine';
import type { CypherResult } from '@kg/schema';
import {
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  ResultTooLargeError,
  StoreInputError,
} from '../errors';
import { guardReadOnlyCypher } from '../cypher-guard';
import type { UserQueryOptions } from '../graph-store';
import type { UserConnection } from './user-connection';
import { closeAll, readRows } from './user-query-rows';

const SOURCE = 'embedded/query';
/** Labels that are reserved words in Kùzu's Cypher: the guard backquotes them after `:`. */
export const KUZU_RESERVED_LABELS = ['Group'] as const;

/** Past the deadline, the caller gets its 504 this long after, even if the engine runs on. */
export const HARD_DEADLINE_GRACE_MS = 1000;

/**
 * Read-only user Cypher: the guard (writes, file access, value sizes), then on the user
 * connection (async, off the event loop, one at a time) `prepare()`, a READ ONLY transaction,
 * the engine's timeout for what is left of `timeoutMs`, the row cap and the byte cap. The
 * caller gets QueryTimeoutError at the deadline (plus a grace) even when the engine is inside
 * one step it cannot interrupt; the next query waits for the engine, not the caller.
 */
export async function runUserQuery(
  user: UserConnection,
  query: string,
  params: Record<string, unknown>,
  options: UserQueryOptions,
): Promise<CypherResult> {
  const started = performance.now();
  const { query: cypher } = guardReadOnlyCypher(query, { reservedLabels: KUZU_RESERVED_LABELS });
  const values = checkParams(params);
  const deadline = started + options.timeoutMs;
  const work = user.run((conn, prepared) => {
    const left = Math.floor(deadline - performance.now());
    if (left <= 0) throw timeoutError(options.timeoutMs, 'waiting for the queries before it');
    prepared();
    return execute(conn, cypher, values, options, left);
  });
  const result = await hardDeadline(work, options.timeoutMs + HARD_DEADLINE_GRACE_MS, () =>
    timeoutError(options.timeoutMs, 'in one step the engine cannot interrupt'),
  );
  return { ...result, elapsedMs: Math.round((performance.now() - started) * 100) / 100 };
}

async function execute(
  conn: Connection,
  cypher: string,
  values: Record<string, EngineValue>,
  options: UserQueryOptions,
  leftMs: number,
): Promise<CypherResult> {
  const stmt = await conn.prepare(cypher);
  if (!stmt.isSuccess()) throw databaseError(stmt.getErrorMessage());
  closeAll(await conn.query('BEGIN TRANSACTION READ ONLY'));
  conn.setQueryTimeout(leftMs);
  try {
    const out = await conn.execute(stmt, values);
    const results = Array.isArray(out) ? out : [out];
    try {
      return readRows(results[0], options);
    } finally {
      closeAll(results);
    }
  } catch (err) {
    if (err instanceof ResultTooLargeError) throw err;
    throw databaseError(err instanceof Error ? err.message : String(err), options.timeoutMs);
  } finally {
    await conn.query('ROLLBACK').then(closeAll, () => undefined);
  }
}

function timeoutError(timeoutMs: number, where: string): QueryTimeoutError {
  return new QueryTimeoutError(
    SOURCE,
    `the query ran past its ${timeoutMs} ms timeout (${where}): add a LIMIT or narrow the MATCH`,
  );
}

/** `work`, or `onTimeout()` after `ms` if it has not settled by then. */
function hardDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function checkParams(params: Record<string, unknown>): Record<string, EngineValue> {
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
  return params as Record<string, EngineValue>;
}

function databaseError(message: string, timeoutMs?: number): Error {
  const msg = message.replace(/\s+/g, ' ').trim();
  if (/interrupted|timeout/i.test(msg))
    return timeoutError(timeoutMs ?? 0, 'stopped by the engine');
  if (/buffer pool is full|unable to allocate/i.test(msg)) {
    return new ResultTooLargeError(
      SOURCE,
      `the query needs more memory than the store may use (${msg}): narrow the MATCH, aggregate, or add a LIMIT`,
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
      ? ' (Kùzu/Ladybug dialect: label(x) for type/labels, -[* SHORTEST 1..k]- for shortestPath)'
      : '';
  const by = ENGINE_LABELS[engine().name];
  return new QuerySyntaxError(SOURCE, `${by} rejected the query: ${msg}${hint}`);
}
