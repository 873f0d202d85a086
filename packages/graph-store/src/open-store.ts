import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GraphStore } from './graph-store';
import { StoreInputError, StoreUnavailableError } from './errors';
import { withIngestQueue, type IngestQueueOptions } from './ingest-queue';
import { createEmbeddedStore, DEFAULT_BUFFER_POOL_SIZE } from './embedded';
import { DocumentLog, withDocumentLog } from './document-log';

export const DEFAULT_DATA_DIR = '.kg';

/** The embedded store's data directory: KG_DATA_DIR, default `.kg`, absolute. */
export const dataDirOf = (env: NodeJS.ProcessEnv = process.env): string =>
  resolve(env.KG_DATA_DIR || DEFAULT_DATA_DIR);

/** The embedded store's buffer pool in bytes: KG_BUFFER_POOL_MB, default 512 MB. */
export function bufferPoolOf(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.KG_BUFFER_POOL_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_BUFFER_POOL_SIZE;
}

/**
 * The store the environment asks for: Neo4j when NEO4J_URI is set (NEO4J_USER, default `neo4j`,
 * NEO4J_PASSWORD, unset for a server with auth off, optional NEO4J_DATABASE), else the embedded store in KG_DATA_DIR (default `.kg`;
 * KG_BUFFER_POOL_MB sets its buffer pool, default 512). The embedded store
 * logs every document it is given in `<dir>/documents.log.jsonl` before storing it (see
 * document-log/), so `kg repair` can rebuild it.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (env.NEO4J_URI) {
    // no NEO4J_PASSWORD: a server with auth off (`kg neo4j start`); one with auth on refuses
    // the connection and the error names NEO4J_USER / NEO4J_PASSWORD
    const { createNeo4jStore, neo4jConfigFromEnv } = await import('./neo4j');
    return createNeo4jStore(neo4jConfigFromEnv(env)!);
  }
  const dir = dataDirOf(env);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StoreUnavailableError(
      'open-store',
      `cannot create the data directory ${dir}: ${String(err)}; set KG_DATA_DIR to a writable directory`,
      { cause: err },
    );
  }
  const store = await createEmbeddedStore({ dir, bufferPoolSize: bufferPoolOf(env) });
  const logged = withDocumentLog(store, () => {
    const log = DocumentLog.open(dir);
    for (const w of log.warnings) console.warn(`@kg/graph-store/document-log: ${w}`);
    return log;
  });
  return withIngestQueue(logged, ingestQueueOf(env));
}

/**
 * Group commit of the embedded store: KG_INGEST_GROUP_RELATIONS (default 5,000) closes a group,
 * KG_INGEST_GROUP_MS (default 0) is how long a call may wait for others to join it.
 */
export function ingestQueueOf(env: NodeJS.ProcessEnv = process.env): IngestQueueOptions {
  const int = (name: string, min: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) {
      throw new StoreInputError(
        'open-store',
        `${name}=${raw} is not a whole number ≥ ${min}; unset it for the default`,
      );
    }
    return n;
  };
  return {
    maxRelations: int('KG_INGEST_GROUP_RELATIONS', 1),
    maxDelayMs: int('KG_INGEST_GROUP_MS', 0),
  };
}
