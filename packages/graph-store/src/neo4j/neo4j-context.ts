/**
 * Session plumbing shared by the adapter's modules: READ sessions with a timeout, WRITE
 * sessions with `executeWrite`, constraints created once on first use, batched UNWIND runs,
 * and every driver error mapped to the store's typed errors.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapNeo4jError } from './map-error';
import { INDEX_NAMES, schemaStatements } from './statements';

export const DEFAULT_READ_TIMEOUT_MS = 30_000;
export const DEFAULT_WRITE_TIMEOUT_MS = 300_000;
export const DEFAULT_UNWIND_ROWS = 1000;

export type Row = Record<string, unknown>;

export interface ReadOptions {
  timeoutMs?: number;
  fetchSize?: number;
}

export interface Neo4jContext {
  read<T>(
    action: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    options?: ReadOptions,
  ): Promise<T>;
  write<T>(action: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Creates constraints and indexes (`IF NOT EXISTS`) once per store instance. */
  ensureSchema(): Promise<void>;
}

export interface ContextOptions {
  database?: string;
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
}

export function createContext(driver: Driver, options: ContextOptions = {}): Neo4jContext {
  const database = options.database;
  const readTimeout = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const writeTimeout = options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  let schema: Promise<void> | undefined;

  async function read<T>(
    action: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    opts: ReadOptions = {},
  ) {
    const session = driver.session({
      database,
      defaultAccessMode: neo4j.session.READ,
      ...(opts.fetchSize ? { fetchSize: opts.fetchSize } : {}),
    });
    try {
      return await session.executeRead(work, { timeout: opts.timeoutMs ?? readTimeout });
    } catch (error) {
      throw mapNeo4jError(error, action);
    } finally {
      await session.close();
    }
  }

  async function write<T>(action: string, work: (tx: ManagedTransaction) => Promise<T>) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: writeTimeout });
    } catch (error) {
      throw mapNeo4jError(error, action);
    } finally {
      await session.close();
    }
  }

  /** One schema transaction, and none at all when every index already exists. */
  async function createSchema() {
    const statements = schemaStatements();
    const wanted = statements.map((s) => / (kg_\w+) IF NOT EXISTS/.exec(s)?.[1]);
    const existing = await read('schema', async (tx) => {
      const rows = await runRows(tx, INDEX_NAMES);
      return new Set((rows[0]?.names as string[] | undefined) ?? []);
    });
    if (wanted.every((name) => name && existing.has(name))) return;
    await write('schema', async (tx) => {
      for (const statement of statements) await tx.run(statement);
    });
  }

  return {
    read,
    write,
    ensureSchema() {
      schema ??= createSchema().catch((error: unknown) => {
        schema = undefined;
        throw error;
      });
      return schema;
    },
  };
}

/** Runs a statement and returns its records as plain objects (values still driver values). */
export async function runRows(
  tx: ManagedTransaction,
  cypher: string,
  params: Row = {},
): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => r.toObject() as Row);
}

/** Runs an `UNWIND $rows` statement in chunks inside the same transaction. */
export async function runChunked(
  tx: ManagedTransaction,
  cypher: string,
  rows: Row[],
  chunk = DEFAULT_UNWIND_ROWS,
): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    out.push(...(await runRows(tx, cypher, { rows: rows.slice(i, i + chunk) })));
  }
  return out;
}

/** A JS integer as a Cypher INTEGER (plain numbers travel as FLOAT: `LIMIT 10.0` fails). */
export function int(n: number) {
  return neo4j.int(Math.trunc(n));
}

/** Copies rows turning the named numeric fields into Cypher INTEGERs. */
export function withIntegers<T extends object>(rows: T[], keys: Array<keyof T>): Row[] {
  return rows.map((row) => {
    const copy: Row = { ...(row as Row) };
    for (const key of keys) {
      const v = copy[key as string];
      if (typeof v === 'number' && Number.isInteger(v)) copy[key as string] = neo4j.int(v);
    }
    return copy;
  });
}
