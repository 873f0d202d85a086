import { newConnection, newDatabase } from './engine';
import type { Connection, Database, EngineValue, PreparedStatement, QueryResult } from './engine';
import { StoreError } from '../errors';
import { UserConnection } from './user-connection';
import {
  checkpointThreshold,
  restoreInterruptedCheckpoint,
  walBytes,
  withCheckpointBackup,
} from './checkpoint-guard';

export type Row = Record<string, EngineValue>;
export type Params = Record<string, EngineValue>;

/** Internal queries get a generous timeout; user queries set their own and restore this. */
export const INTERNAL_TIMEOUT_MS = 10 * 60_000;
// a connection keeps what it prepared until it closes, so a small cache only adds re-prepares
const MAX_CACHED_STATEMENTS = Number(process.env.KG_STMT_CACHE ?? 4000);
/** Rows written or looked up one statement each (primary-key probes) up to this many. */
export const PROBE_MAX = 32;

/** KG_KUZU_PROFILE=1: time spent per internal statement (see `kuzuProfile()`). */
const PROFILE = process.env.KG_KUZU_PROFILE ? new Map<string, { n: number; ms: number }>() : null;

export function kuzuProfile(): Array<{ cypher: string; n: number; ms: number }> {
  return [...(PROFILE ?? new Map<string, { n: number; ms: number }>()).entries()]
    .map(([cypher, p]) => ({ cypher, ...p }))
    .sort((a, b) => b.ms - a.ms);
}

export function resetKuzuProfile(): void {
  PROFILE?.clear();
}

/** Count one run of `key` since `t0` (only with KG_KUZU_PROFILE). */
function profiled(key: string, t0: number): void {
  if (!PROFILE) return;
  const p = PROFILE.get(key) ?? { n: 0, ms: 0 };
  p.n++;
  p.ms += performance.now() - t0;
  PROFILE.set(key, p);
}

/**
 * One Kùzu database + connection, serialised through a promise queue (a connection is not
 * re-entrant). Every QueryResult is closed right after reading: a result still alive at
 * `db.close()` segfaults the process at exit.
 */
export class KuzuSession {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, PreparedStatement>();
  private closed = false;
  /** User Cypher runs on its own connection (async, off the event loop): see UserConnection. */
  readonly user: UserConnection;

  constructor(
    private readonly db: Database,
    readonly conn: Connection,
    private readonly path = '',
    private readonly readOnly = true,
  ) {
    this.user = new UserConnection(db);
  }

  /**
   * Opens the database with Kùzu's own checkpoints off: the session checkpoints after write
   * transactions, each time with a copy of the files aside (see checkpoint-guard.ts).
   */
  static open(path: string, bufferPoolSize: number, readOnly: boolean): KuzuSession {
    // read-only opens (kg query) too: the copy is put back only when its writer is dead
    const restored = restoreInterruptedCheckpoint(path);
    if (restored) console.warn(`@kg/graph-store/embedded: ${restored}`);
    const db = newDatabase(path, bufferPoolSize, readOnly);
    // opening replays a non-empty WAL and checkpoints it
    if (!readOnly && walBytes(path) > 0) withCheckpointBackup(path, () => db.initSync());
    else db.initSync();
    const conn = newConnection(db);
    conn.initSync();
    conn.setQueryTimeout(INTERNAL_TIMEOUT_MS);
    return new KuzuSession(db, conn, path, readOnly);
  }

  /** After a commit: a guarded checkpoint once the WAL is past checkpointThreshold (or `now`). */
  private checkpointIfDue(now = false): void {
    const wal = walBytes(this.path);
    if (this.readOnly || process.env.KG_NOCKPT || wal === 0) return;
    if (!now && wal < checkpointThreshold(this.path)) return;
    try {
      withCheckpointBackup(this.path, () => this.exec('CHECKPOINT'));
    } catch (err) {
      // e.g. a user query still reading after the engine's 5 s wait: the commit stands; next time
      if (now) {
        console.warn(
          `@kg/graph-store/embedded: the checkpoint after a bulk load failed (${String(err)}); its rows are safe once the store closes cleanly`,
        );
      }
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Run `fn` alone: nothing else touches the connection until it settles. */
  exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new StoreError('embedded', 'the store is closed; open it again');
      return fn();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Prepare (cached) and execute a parameterised statement; all rows, result closed. */
  rows(cypher: string, params: Params = {}): Row[] {
    const t0 = PROFILE ? performance.now() : 0;
    const result = this.conn.executeSync(this.prepare(cypher), params);
    const rows = drain(result);
    profiled(cypher, t0);
    return rows;
  }

  /**
   * Up to PROBE_MAX rows: `perRow` once per row (its `$x` are the row's fields), else `unwind`
   * once. A `{id: $x}` match is a primary-key probe; `UNWIND ... MATCH (n {id: x})` is planned as
   * a scan of the table and a hash join, which costs ms per statement on large tables (an
   * article-sized write would pay it on every table it touches).
   */
  probeOrScan(perRow: string, rows: Params[], unwind: () => Row[]): Row[] {
    if (rows.length > PROBE_MAX) return unwind();
    const out: Row[] = [];
    for (const r of rows) for (const row of this.rows(perRow, r)) out.push(row);
    return out;
  }

  /** Execute a parameterless single statement (DDL, transaction control). */
  exec(cypher: string): Row[] {
    const t0 = PROFILE ? performance.now() : 0;
    const rows = drain(this.conn.querySync(cypher));
    if (PROFILE)
      profiled(cypher.replace(/\b(ADD IF NOT EXISTS FROM|TABLE IF NOT EXISTS) .*/, '$1 ...'), t0);
    return rows;
  }

  /**
   * BEGIN TRANSACTION ... COMMIT; ROLLBACK on any error (the store stays as it was).
   * `checkpoint`: checkpoint right after the commit, whatever the WAL holds. A COPY into an empty
   * table writes its rows to the database file, not the WAL: Kùzu 0.11 checkpoints such a commit
   * on its own, Ladybug 0.19 (its automatic checkpoints off) does not, and a kill -9 before the
   * next checkpoint would lose every row of that COPY.
   */
  transaction<T>(fn: () => T, options: { checkpoint?: boolean | ((out: T) => boolean) } = {}): T {
    this.exec('BEGIN TRANSACTION');
    try {
      const out = fn();
      this.exec('COMMIT');
      const { checkpoint } = options;
      this.checkpointIfDue(typeof checkpoint === 'function' ? checkpoint(out) : checkpoint);
      return out;
    } catch (err) {
      try {
        this.exec('ROLLBACK');
      } catch {
        // the failed statement may already have aborted the transaction
      }
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.user.close().catch(() => undefined);
    await this.exclusive(() => {
      this.closed = true;
      this.statements.clear();
      this.conn.closeSync();
      // closing checkpoints what the WAL holds
      if (!this.readOnly && walBytes(this.path) > 0) {
        withCheckpointBackup(this.path, () => this.db.closeSync());
      } else this.db.closeSync();
    }).catch(() => undefined);
  }

  private prepare(cypher: string): PreparedStatement {
    let stmt = this.statements.get(cypher);
    if (!stmt) {
      const t0 = PROFILE ? performance.now() : 0;
      stmt = this.conn.prepareSync(cypher);
      // also inside the statement's own figure: first runs include their preparation
      profiled('(prepare)', t0);
      if (!stmt.isSuccess()) {
        throw new StoreError(
          'embedded',
          `cannot prepare internal query: ${stmt.getErrorMessage()}`,
        );
      }
      if (this.statements.size >= MAX_CACHED_STATEMENTS) {
        const oldest = this.statements.keys().next().value;
        if (oldest !== undefined) this.statements.delete(oldest);
      }
      this.statements.set(cypher, stmt);
    }
    return stmt;
  }
}

function drain(result: QueryResult | QueryResult[]): Row[] {
  const results = Array.isArray(result) ? result : [result];
  const rows: Row[] = [];
  for (const r of results) {
    try {
      for (const row of r.getAllSync()) rows.push(row);
    } finally {
      r.close();
    }
  }
  return rows;
}
