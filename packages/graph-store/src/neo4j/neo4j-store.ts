/**
 * GraphStore on Neo4j (neo4j-driver 6): entity nodes labelled by type plus :Entity,
 * (:Document)-[:MENTIONS]->(entity), one relationship per (source, type, target) with
 * aggregates recomputed from (:Evidence) nodes. See ./README.md for the model.
 */
import neo4j from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import type { GraphStore } from '../graph-store';
import { createContext, runRows, type ContextOptions } from './neo4j-context';
import { deleteDocument, ingestExtraction } from './neo4j-ingest';
import { neighborhood, paths, subgraph } from './neo4j-graph-reads';
import {
  evidence,
  exportAll,
  getDocument,
  getEntity,
  listDocuments,
  search,
  stats,
} from './neo4j-reads';
import { runUserQuery } from './neo4j-user-query';
import { mapNeo4jError } from './map-error';
import { PING } from './statements';

export const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;

export interface Neo4jStoreConfig extends ContextOptions {
  /** `neo4j://` routes (clusters, Aura), `bolt://` connects directly. */
  uri: string;
  user: string;
  password: string;
  /** Documents per write transaction during ingest. */
  batchDocuments?: number;
  connectionTimeoutMs?: number;
}

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE; undefined without a URI. */
export function neo4jConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Neo4jStoreConfig | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

/** Connects (failing with StoreUnavailableError if Neo4j cannot be reached) and returns the store. */
export async function createNeo4jStore(config: Neo4jStoreConfig): Promise<GraphStore> {
  let driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: config.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      userAgent: 'kg-news/graph-store',
    });
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver?.close().catch(() => undefined);
    const mapped = mapNeo4jError(error, 'connect');
    throw mapped instanceof StoreUnavailableError
      ? mapped
      : new StoreUnavailableError('neo4j', `cannot connect to ${config.uri}: ${mapped.message}`, {
          cause: error,
        });
  }
  const ctx = createContext(driver, config);
  let closed = false;

  return {
    dialect: 'neo4j',
    ingest: (result, texts, options) =>
      ingestExtraction(ctx, result, texts, { ...options, batchDocuments: config.batchDocuments }),
    deleteDocument: (docId) => deleteDocument(ctx, docId),
    listDocuments: (options) => listDocuments(ctx, options),
    getDocument: (docId) => getDocument(ctx, docId),
    stats: () => stats(ctx),
    search: (query) => ctx.ensureSchema().then(() => search(ctx, query)),
    getEntity: (id) => getEntity(ctx, id),
    neighborhood: (id, query) => neighborhood(ctx, id, query),
    paths: (query) => paths(ctx, query),
    subgraph: (query) => subgraph(ctx, query),
    evidence: (relationId) => evidence(ctx, relationId),
    runUserQuery: (query, params, options) => runUserQuery(ctx, query, params, options),
    exportAll: () => exportAll(ctx),
    async ping() {
      if (closed) return false;
      try {
        await ctx.read('ping', (tx) => runRows(tx, PING), { timeoutMs: 5_000 });
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}
