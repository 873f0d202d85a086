import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore, type GraphStore } from '@kg/graph-store';
import { loadServerConfig, startServer } from '@kg/graph-server';
import { VIEWER_PUBLIC_DIR } from '../../index';
import { FIXTURE, FIXTURE_TEXTS } from './fixture';
import { createMemoryStore } from './memory-store';

export interface TestServer {
  url: string;
  store: GraphStore;
  storeKind: 'embedded' | 'memory';
  close(): Promise<void>;
}

/** Real server on 127.0.0.1:0 over the fixture (embedded Kùzu store when it can be opened). */
export async function startTestServer(): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-viewer-e2e-'));
  let store: GraphStore;
  let storeKind: TestServer['storeKind'] = 'embedded';
  try {
    store = await createEmbeddedStore({ dir: join(dir, 'db'), bufferPoolSize: 64 * 1024 * 1024 });
    await store.ingest(FIXTURE, FIXTURE_TEXTS);
  } catch (err) {
    if (process.env.KG_E2E_REQUIRE_EMBEDDED) throw err;
    console.warn(
      `[viewer e2e] embedded store unavailable (${(err as Error).message}); using the in-memory stand-in`,
    );
    store = createMemoryStore(FIXTURE, FIXTURE_TEXTS);
    storeKind = 'memory';
  }
  const config = loadServerConfig({}, { logLevel: 'silent', rateLimit: 0 });
  const server = await startServer(
    { store, config, viewerDir: VIEWER_PUBLIC_DIR },
    { port: 0, host: '127.0.0.1', shutdownGraceMs: 500 },
  );
  return {
    url: server.url,
    store,
    storeKind,
    async close() {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
