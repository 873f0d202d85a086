import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '@kg/graph-store';
import { openEmptyTestStore } from '@kg/graph-store/testing';
import {
  createFileViewStore,
  loadServerConfig,
  startServer,
  type ServerConfig,
} from '@kg/graph-server';
import { VIEWER_PUBLIC_DIR } from '../../index';
import { CorrectionsLog, createCurationService, withCorrections } from '@kg/curation';
import { fixtureExtract } from './curation-server';
import { FIXTURE, FIXTURE_TEXTS } from './fixture';

export interface TestServer {
  url: string;
  store: GraphStore;
  /** Where saved views are kept (JSON file). */
  viewsFile: string;
  close(): Promise<void>;
}

/**
 * Real server on 127.0.0.1:0 over the fixture in the real embedded (Kùzu) store (the live Neo4j
 * in the vitest project `neo4j`), with a file
 * view store. `config` overrides settings (frameAncestors, apiToken, ...).
 */
export async function startTestServer(config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-viewer-e2e-'));
  const store = await openEmptyTestStore(join(dir, 'db'));
  await store.ingest(FIXTURE, FIXTURE_TEXTS);
  const viewsFile = join(dir, 'views.json');
  const log = new CorrectionsLog(join(dir, 'corrections.log.jsonl'));
  const server = await startServer(
    {
      store,
      config: loadServerConfig({}, { logLevel: 'silent', rateLimit: 0, ...config }),
      viewerDir: VIEWER_PUBLIC_DIR,
      views: createFileViewStore(viewsFile),
      // an empty corrections log, as `kg serve` has: the viewer reads its notes
      curation: createCurationService({
        store: withCorrections(store, log),
        log,
        extract: fixtureExtract,
      }),
    },
    { port: 0, host: '127.0.0.1', shutdownGraceMs: 500 },
  );
  return {
    url: server.url,
    store,
    viewsFile,
    async close() {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
