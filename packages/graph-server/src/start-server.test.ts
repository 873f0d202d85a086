import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestFn } from './app-context';
import { startServer } from './start-server';
import type { TestEnv } from './test-support/test-app';
import {
  TEST_TOKEN,
  createTestEnv,
  createTestIngest,
  silentLogger,
  testConfig,
} from './test-support/test-app';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env?.close());

describe('start-server', () => {
  describe('#startServer', () => {
    it('should listen on a free port and answer', async () => {
      const server = await startServer(
        { store: env.store, config: testConfig(), logger: silentLogger },
        { port: 0, host: '127.0.0.1' },
      );
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const res = await fetch(`${server.url}/api/health`);
        expect(await res.json()).toMatchObject({ status: 'ok' });
      } finally {
        await server.close();
      }
    });

    it('should finish in-flight requests on close, then refuse new connections', async () => {
      let started!: () => void;
      const inFlight = new Promise<void>((r) => (started = r));
      const real = createTestIngest(env.store);
      const slowIngest: IngestFn = async (docs) => {
        started();
        await new Promise((r) => setTimeout(r, 300));
        return real(docs);
      };
      const deps = {
        store: env.store,
        config: testConfig(),
        logger: silentLogger,
        ingest: slowIngest,
      };
      const server = await startServer(deps, { port: 0, host: '127.0.0.1' });
      const pending = fetch(`${server.url}/api/documents?id=slow-doc`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'text/plain' },
        body: 'Slow.',
      });
      await inFlight;
      const closed = server.close();
      const res = await pending;
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ documents: ['slow-doc'] });
      await closed;
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    });

    it('should reject when the port is taken', async () => {
      const first = await startServer(
        { store: env.store, config: testConfig(), logger: silentLogger },
        { port: 0, host: '127.0.0.1' },
      );
      try {
        const port = Number(new URL(first.url).port);
        await expect(
          startServer(
            { store: env.store, config: testConfig(), logger: silentLogger },
            { port, host: '127.0.0.1' },
          ),
        ).rejects.toThrow(/EADDRINUSE/);
      } finally {
        await first.close();
      }
    });
  });
});
