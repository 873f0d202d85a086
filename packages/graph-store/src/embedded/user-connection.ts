import { newConnection } from './engine';
import type { Connection, Database } from './engine';
import { QueryBusyError, StoreError } from '../errors';

/**
 * Statements a user connection prepares before it is replaced: Kùzu keeps every statement a
 * connection prepared (~140 KB each for a pattern over all relationship tables) until the
 * connection closes, so a connection that lived forever would grow by that much per query.
 */
export const RECYCLE_AFTER_PREPARES = 100;
/** User queries running or waiting at once; one more is refused (QueryBusyError). */
export const MAX_PENDING_USER_QUERIES = 8;

/**
 * The connection that runs user Cypher, apart from the store's own: through Kùzu's async API
 * the engine works on libuv's thread pool, so the event loop keeps answering health, search and
 * the viewer while a heavy query runs, and the store's connection is never held by a user.
 * One query at a time (a connection is not re-entrant), at most `maxPending` running or waiting.
 */
export class UserConnection {
  private conn: Connection | undefined;
  private prepares = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private closed = false;
  /** Connections opened so far (recycling included). */
  opened = 0;

  constructor(
    private readonly db: Database,
    private readonly maxPending = MAX_PENDING_USER_QUERIES,
  ) {}

  /** Queries running or waiting. */
  get load(): number {
    return this.pending;
  }

  /**
   * Runs `fn` once the queries before it are done. `prepared()` must be called for every
   * statement `fn` prepares (they are counted towards recycling the connection).
   */
  run<T>(fn: (conn: Connection, prepared: () => void) => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(new StoreError('embedded', 'the store is closed; open it again'));
    }
    if (this.pending >= this.maxPending) {
      return Promise.reject(
        new QueryBusyError(
          'embedded',
          `${this.pending} queries are already running or waiting (at most ${this.maxPending}): retry in a few seconds`,
        ),
      );
    }
    this.pending++;
    const run = this.tail.then(async () => {
      if (this.closed) throw new StoreError('embedded', 'the store is closed; open it again');
      const conn = await this.connection();
      return fn(conn, () => this.prepares++);
    });
    this.tail = run
      .catch(() => undefined)
      .then(() => {
        this.pending--;
      });
    return run;
  }

  /** Waits for the running and waiting queries, then closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    await this.tail;
    await this.drop();
  }

  private async connection(): Promise<Connection> {
    if (this.conn && this.prepares >= RECYCLE_AFTER_PREPARES) await this.drop();
    if (!this.conn) {
      const conn = newConnection(this.db);
      await conn.init();
      this.conn = conn;
      this.opened++;
    }
    return this.conn;
  }

  private async drop(): Promise<void> {
    const conn = this.conn;
    this.conn = undefined;
    this.prepares = 0;
    await conn?.close();
  }
}
