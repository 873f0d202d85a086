/**
 * GraphStore on Neo4j (neo4j-driver 6): entity nodes labelled by type plus :Entity,
 * (:Document)-[:MENTIONS]->(entity), one relationship per (source, type, target) with
 * aggregates recomputed from (:Evidence) nodes. See ./README.md for the model.
 */
import { searchEvidence } from './neo4j-evidence-search';
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
import { PING } from './statements';

export const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RETRY_TIME_MS = 15_000;

export interface Neo4jStoreConfig extends ContextOptions {
  /** `neo4j://` routes (clusters, Aura), `bolt://` connects directly. */
  uri: string;
  user: string;
  password: string;
  /** Documents per write transaction during ingest. */
  batchDocuments?: number;
  connectionTimeoutMs?: number;
  /** How long a write retries a lost connection before failing (driver default 30 s). */
  maxRetryTimeMs?: number;
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

/** A connection failure as a StoreUnavailableError that says what to check. */
export function connectError(error: unknown, config: Neo4jStoreConfig): StoreUnavailableError {
  const code = (error as { code?: unknown } | null)?.code;
  const said = error instanceof Error ? error.message : String(error);
  const where = `Neo4j at ${config.uri}`;
  let hint: string;
  if (code === 'Neo.ClientError.Security.Unauthorized')
    hint = `${where} refused user "${config.user}" ${config.password ? 'with the given password' : '(no password given)'}: check NEO4J_USER and NEO4J_PASSWORD`;
  else if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.'))
    hint = `${where} refused the login (${code}): check NEO4J_USER and NEO4J_PASSWORD, and wait a minute if it says too many attempts`;
  else if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    hint = `${where} has no database "${config.database}": check NEO4J_DATABASE (Community edition has only "neo4j")`;
  else if (code === neo4j.error.SERVICE_UNAVAILABLE)
    hint = `no Neo4j answers at ${config.uri}: is the server running and reachable? Check NEO4J_URI (bolt://host:7687 for one server, neo4j+s://… for Aura), or start one here with \`npx pnpm@12.4.2 neo4j\``;
  else hint = `cannot connect to ${config.uri}`;
  return new StoreUnavailableError('neo4j', `${hint} (Neo4j said: ${said})`, { cause: error });
}

/** Connects (failing with StoreUnavailableError if Neo4j cannot be reached) and returns the store. */
export async function createNeo4jStore(config: Neo4jStoreConfig): Promise<GraphStore> {
  let driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: config.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      maxTransactionRetryTime: config.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
      userAgent: 'kg-news/graph-store',
    });
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver?.close().catch(() => undefined);
    throw connectError(error, config);
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
    searchEvidence: (query) => searchEvidence(ctx, query),
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
