import { createRequire } from 'node:module';
import type * as Kuzu from 'kuzu';
import { StoreError } from '../errors';

/**
 * The one module that loads the embedded graph engine; the rest of the embedded adapter takes
 * its classes and types from here. Two engines speak the same API: Kùzu 0.11.3 (archived
 * upstream, final; the default) and its maintained fork Ladybug (`@ladybugdb/core`, a dev
 * dependency, `KG_EMBEDDED_ENGINE=ladybug`): the README's engine table says why Kùzu stays for
 * now. Only one is loaded per process: both native modules in one process crash it at exit.
 */
export type EngineName = 'kuzu' | 'ladybug';
export const ENGINE_NAMES: readonly EngineName[] = ['kuzu', 'ladybug'];
export const DEFAULT_ENGINE: EngineName = 'kuzu';

// Kùzu's declarations type both engines: Ladybug's API is the same (plus Arrow calls unused here)
export type Database = Kuzu.Database;
export type Connection = Kuzu.Connection;
export type PreparedStatement = Kuzu.PreparedStatement;
export type QueryResult = Kuzu.QueryResult;
/** A value the engine returns or takes as a parameter. */
export type EngineValue = Kuzu.KuzuValue;

interface EngineModule {
  Database: typeof Kuzu.Database;
  Connection: typeof Kuzu.Connection;
  VERSION: string;
  STORAGE_VERSION: number | bigint;
}

const PACKAGES: Record<EngineName, string> = { kuzu: 'kuzu', ladybug: '@ladybugdb/core' };
/** How messages name each engine. */
export const ENGINE_LABELS: Record<EngineName, string> = { kuzu: 'Kùzu', ladybug: 'Ladybug' };

/** The engine KG_EMBEDDED_ENGINE names (read here only), Kùzu when unset. */
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
  Database: typeof Kuzu.Database;
  Connection: typeof Kuzu.Connection;
}

let loaded: Engine | undefined;

/** The engine KG_EMBEDDED_ENGINE selects, loaded on first use. */
export function engine(): Engine {
  if (!loaded) {
    const name = engineName();
    let m: EngineModule;
    try {
      m = createRequire(import.meta.url)(PACKAGES[name]) as EngineModule;
    } catch (err) {
      throw new StoreError(
        'embedded/engine',
        `cannot load the ${ENGINE_LABELS[name]} engine (${PACKAGES[name]}): ${String(err)} (run \`pnpm install\`; ${PACKAGES.ladybug} is a dev dependency of @kg/graph-store)`,
        { cause: err },
      );
    }
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
