import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmptyTestStore } from '@kg/graph-store/testing';
import type { GraphStore } from '@kg/graph-store';
import type { Express } from 'express';
import { pino } from 'pino';
import type { AppDeps, IngestFn } from '../app-context';
import type { ServerConfig } from '../config';
import { loadServerConfig } from '../config';
import { createApp } from '../create-app';
import { FIXTURE, FIXTURE_TEXTS } from './fixture';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export const silentLogger = pino({ level: 'silent' });

/** Config for tests: quiet, no rate limit unless asked. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return loadServerConfig(
    {},
    { logLevel: 'silent', rateLimit: 0, apiToken: TEST_TOKEN, ...overrides },
  );
}

/**
 * Stand-in for the extractor (owned by another package): each document becomes a document
 * record without entities; a text containing FAIL is reported as an intake failure.
 */
export function createTestIngest(store: GraphStore): IngestFn {
  return async (docs) => {
    const failures = docs
      .map((d, i) => ({ d, origin: d.id ?? `document ${i + 1}` }))
      .filter(({ d }) => d.text.includes('FAIL'))
      .map(({ origin }) => ({ origin, message: 'intake: could not read the document' }));
    const ok = docs.filter((d) => !d.text.includes('FAIL'));
    const texts = ok.map((d, i) => ({
      id: d.id ?? `posted-${Date.now()}-${i}`,
      text: d.text,
      title: d.title,
      date: d.date,
      source: d.source,
    }));
    const result = {
      documents: texts.map((t) => ({
        id: t.id,
        title: t.title,
        date: t.date,
        source: t.source,
        sentences: 1,
      })),
      entities: [],
      relations: [],
    };
    const report = texts.length
      ? await store.ingest(result, texts)
      : { documents: 0, unchanged: 0, replaced: 0, entities: 0, relations: 0, evidence: 0 };
    return { documents: texts.map((t) => t.id), failures, report };
  };
}

export interface TestEnv {
  store: GraphStore;
  dir: string;
  makeApp(overrides?: Partial<ServerConfig>, extra?: Partial<AppDeps>): Express;
  close(): Promise<void>;
}

/**
 * A real store loaded with the fixture: the embedded store in a temp dir, or, in the vitest
 * project `neo4j`, the project's live Neo4j (wiped first).
 */
export async function createTestEnv(): Promise<TestEnv> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kg-server-test-'));
  const store = await openEmptyTestStore(path.join(dir, 'store'));
  await store.ingest(FIXTURE, FIXTURE_TEXTS);
  const ingest = createTestIngest(store);
  return {
    store,
    dir,
    makeApp: (overrides = {}, extra = {}) =>
      createApp({ store, ingest, config: testConfig(overrides), logger: silentLogger, ...extra }),
    close: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
