import { createRequire } from 'node:module';
import type * as Lbug from '@ladybugdb/core';
import { StoreError } from '../errors';

/**
 * The one module that loads the embedded graph engine; the rest of the embedded adapter takes
 * its classes and types from here. Two engines speak the same API: Ladybug (`@ladybugdb/core`,
 * the maintained fork, the default) and Kùzu 0.11.3 (archived upstream, final), kept to compare
 * them (`KG_EMBEDDED_ENGINE=kuzu`, see the README's engine table). Only one is loaded per
 * process: both native modules in one process crash it at exit.
 */
export type EngineName = 'ladybug' | 'kuzu';
export const ENGINE_NAMES: readonly EngineName[] = ['ladybug', 'kuzu'];
export const DEFAULT_ENGINE: EngineName = 'ladybug';

export type Database = Lbug.Database;
export type Connection = Lbug.Connection;
export type PreparedStatement = Lbug.PreparedStatement;
export type QueryResult = Lbug.QueryResult;
/** A value the engine returns or takes as a parameter. */
export type EngineValue = Lbug.LbugValue;

interface EngineModule {
  Database: typeof Lbug.Database;
  Connection: typeof Lbug.Connection;
  VERSION: string;
  STORAGE_VERSION: number | bigint;
}

const PACKAGES: Record<EngineName, string> = { ladybug: '@ladybugdb/core', kuzu: 'kuzu' };
/** How messages name each engine. */
export const ENGINE_LABELS: Record<EngineName, string> = { ladybug: 'Ladybug', kuzu: 'Kùzu' };

/** The engine KG_EMBEDDED_ENGINE names (read here only), Ladybug when unset. */
export function engineName(env: NodeJS.ProcessEnv = process.env): EngineName {
  const raw = env.KG_EMBEDDED_ENGINE?.trim().toLowerCase();
  if (!raw) return DEFAULT_ENGINE;
  if ((ENGINE_NAMES as readonly string[]).includes(raw)) return raw as EngineName;
  throw new StoreError(
    'embedded/engine',
    `KG_EMBEDDED_ENGINE=${env.KG_EMBEDDED_ENGINE} is not an engine: use ${ENGINE_NAMES.join(' or ')} (or unset it for ${DEFAULT_ENGINE})`,
  );
}

export interface Engine {
  name: EngineName;
  /** The engine's release, e.g. `0.19.1`. */
  version: string;
  Database: typeof Lbug.Database;
  Connection: typeof Lbug.Connection;
}

let loaded: Engine | undefined;

/** The engine KG_EMBEDDED_ENGINE selects, loaded on first use. */
export function engine(): Engine {
  if (!loaded) {
    const name = engineName();
    const m = createRequire(import.meta.url)(PACKAGES[name]) as EngineModule;
    loaded = { name, version: m.VERSION, Database: m.Database, Connection: m.Connection };
  }
  return loaded;
}

/** Opens (without initialising) the database at `path`: the store checkpoints itself. */
export function newDatabase(path: string, bufferPoolSize: number, readOnly: boolean): Database {
  return new (engine().Database)(path, bufferPoolSize, true, readOnly, 0, false);
}

export function newConnection(db: Database): Connection {
  return new (engine().Connection)(db);
}
