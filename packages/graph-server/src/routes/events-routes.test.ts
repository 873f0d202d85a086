import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphEvents, type GraphChangedEvent } from '../live/graph-events';
import { startServer, type RunningServer } from '../start-server';
import type { TestEnv } from '../test-support/test-app';
import {
  TEST_TOKEN,
  createTestEnv,
  createTestIngest,
  silentLogger,
  testConfig,
} from '../test-support/test-app';

interface SseMessage {
  event: string;
  data: string;
}

/** Reads an SSE stream with fetch; `next()` resolves with the next event or comment. */
async function openStream(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<SseMessage> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim() ?? '';
        if (block.startsWith(':')) return { event: 'comment', data: block.slice(1).trim() };
        return { event: field('event'), data: field('data') };
      }
      const { value, done } = await reader.read();
      if (done) return { event: 'end', data: '' };
      buffer += value;
    }
  };
  return { res, next, close: () => controller.abort() };
}

let env: TestEnv;
let server: RunningServer;
const events = new GraphEvents({ heartbeatMs: 150 });

beforeAll(async () => {
  env = await createTestEnv();
  server = await startServer(
    {
      store: env.store,
      config: testConfig(),
      logger: silentLogger,
      ingest: createTestIngest(env.store),
      events,
    },
    { port: 0, host: '127.0.0.1' },
  );
});
afterAll(async () => {
  await server?.close();
  await env?.close();
});

const post = (body: unknown) =>
  fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TEST_TOKEN}` },
    body: JSON.stringify(body),
  });

describe('GET /api/events', () => {
  it('should stream ready, then graph-changed after an ingest and a delete, with heartbeats', async () => {
    const stream = await openStream(`${server.url}/api/events`);
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const ready = await stream.next();
      expect(ready.event).toBe('ready');
      const before = (JSON.parse(ready.data) as { version: number }).version;

      expect((await post({ id: 'live-1', text: 'Alpha met Beta.' })).status).toBe(201);
      let msg = await stream.next();
      while (msg.event === 'comment') msg = await stream.next();
      const changed = JSON.parse(msg.data) as GraphChangedEvent;
      expect(msg.event).toBe('graph-changed');
      expect(changed).toMatchObject({ version: before + 1, documents: 1, reason: 'ingest' });
      expect(Date.parse(changed.at)).not.toBeNaN();

      const del = await fetch(`${server.url}/api/documents/live-1`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${TEST_TOKEN}` },
      });
      expect(del.status).toBe(200);
      msg = await stream.next();
      while (msg.event === 'comment') msg = await stream.next();
      expect(JSON.parse(msg.data)).toMatchObject({ version: before + 2, reason: 'delete' });

      const beat = await stream.next();
      expect(beat).toEqual({ event: 'comment', data: 'heartbeat' });
    } finally {
      stream.close();
    }
  });

  it('should send nothing for an ingest that changed nothing', async () => {
    expect((await post({ id: 'same-1', text: 'Gamma.' })).status).toBe(201);
    const stream = await openStream(`${server.url}/api/events`);
    try {
      const ready = JSON.parse((await stream.next()).data) as { version: number };
      expect((await post({ id: 'same-1', text: 'Gamma.' })).status).toBe(201);
      expect((await post({ id: 'same-2', text: 'Delta.' })).status).toBe(201);
      let msg = await stream.next();
      while (msg.event === 'comment') msg = await stream.next();
      // the unchanged re-post sent nothing: the next event is the second document's
      expect(JSON.parse(msg.data)).toMatchObject({ version: ready.version + 1, documents: 1 });
    } finally {
      stream.close();
    }
  });

  it('should end open streams when the server closes, so close does not wait for them', async () => {
    const own = await startServer(
      { store: env.store, config: testConfig(), logger: silentLogger },
      { port: 0, host: '127.0.0.1', shutdownGraceMs: 30_000 },
    );
    const stream = await openStream(`${own.url}/api/events`);
    expect((await stream.next()).event).toBe('ready');
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await stream.next()).event).toBe('end');
  });

  it('should refuse streams past the cap with 503', async () => {
    const own = await startServer(
      {
        store: env.store,
        config: testConfig(),
        logger: silentLogger,
        events: new GraphEvents({ maxClients: 1 }),
      },
      { port: 0, host: '127.0.0.1' },
    );
    const first = await openStream(`${own.url}/api/events`);
    try {
      await first.next();
      const second = await fetch(`${own.url}/api/events`);
      expect(second.status).toBe(503);
      expect(await second.json()).toMatchObject({ error: { code: 'store_unavailable' } });
    } finally {
      first.close();
      await own.close();
    }
  });
});
