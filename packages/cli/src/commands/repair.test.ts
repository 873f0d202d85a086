import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '@kg/graph-store';
import { captureIO } from '../test-support/capture-io';
import { runCli } from '../run-cli';
import { logBatches } from './repair';
import type { DocumentLogPut } from '@kg/schema';

const ROOT = resolve(import.meta.dirname, '../../../..');
const ARTICLES = resolve(ROOT, 'data/articles');
const capture = (env: Record<string, string | undefined>) => captureIO(env, ROOT);

/** Documents, entities, relations and evidence of the store, as `kg query` sees them. */
async function counts(env: Record<string, string | undefined>): Promise<unknown> {
  const c = capture(env);
  const code = await runCli(
    [
      'query',
      'MATCH (d:Document) WITH count(d) AS docs MATCH (n) WITH docs, count(n) AS nodes ' +
        'MATCH ()-[r]->() RETURN docs, nodes, count(r) AS edges',
      '--json',
    ],
    c.io,
  );
  expect(code, c.err()).toBe(0);
  return JSON.parse(c.out()).rows;
}

describe('kg repair', () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let store: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-repair-'));
    store = join(dir, 'store');
    env = { KG_DATA_DIR: store, KG_BUFFER_POOL_MB: '128' };
    // several batches: a rebuild must extract them as they were (a batch can change a result)
    expect(await runCli(['ingest', ARTICLES, '--batch', '4'], capture(env).io)).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should rebuild a store that no longer opens, with the same content, keeping the old files', async () => {
    const before = await counts(env);
    const stats = capture(env);
    expect(await runCli(['repair', '--check'], stats.io)).toBe(0);
    expect(stats.out()).toMatch(/the store holds exactly the logged documents/);

    const db = join(store, 'graph.kuzu');
    truncateSync(db, Math.floor(statSync(db).size / 2));
    // automatic rebuild off: the open error names `kg repair`
    const broken = capture({ ...env, KG_AUTO_REPAIR: '0' });
    expect(await runCli(['ingest', ARTICLES], broken.io)).toBe(1);
    expect(broken.err()).toMatch(/damaged: `kg repair` rebuilds the store/);

    const repair = capture(env);
    expect(await runCli(['repair'], repair.io)).toBe(0);
    expect(repair.out()).toMatch(
      /old database did not open; moved aside to .*graph\.kuzu\.broken-/,
    );
    expect(repair.err()).toMatch(/repair: \d+\/\d+/);
    const aside = readdirSync(store).filter((f) => f.startsWith('graph.kuzu.broken-'));
    expect(aside).toHaveLength(1);
    expect(existsSync(join(store, aside[0], 'graph.kuzu'))).toBe(true);

    expect(await counts(env)).toEqual(before);
    const check = capture(env);
    expect(await runCli(['repair', '--check'], check.io)).toBe(0);
  }, 240_000);

  it('should rebuild a damaged store by itself when a command opens it, keeping the old files', async () => {
    const before = await counts(env);
    const db = join(store, 'graph.kuzu');
    truncateSync(db, Math.floor(statSync(db).size / 2));
    const asideBefore = readdirSync(store).filter((f) => f.startsWith('graph.kuzu.broken-'));
    const query = capture(env);
    expect(await runCli(['query', 'MATCH (c:Country) RETURN count(c) AS n'], query.io)).toBe(0);
    expect(query.err()).toMatch(/does not open .*rebuilding it from its document log/);
    expect(query.err()).toMatch(/rebuilt \d+ documents .*damaged database is kept at/);
    const aside = readdirSync(store).filter((f) => f.startsWith('graph.kuzu.broken-'));
    expect(aside.length).toBe(asideBefore.length + 1);
    expect(await counts(env)).toEqual(before);
  }, 240_000);

  it('should report, with a non-zero exit, a logged document missing from the store', async () => {
    // a deletion the log never saw: straight on the store, around the CLI
    const raw = await createEmbeddedStore({ dir: store, bufferPoolSize: 128 * 1024 * 1024 });
    const { documents } = await raw.listDocuments({ limit: 1, offset: 0 });
    expect(await raw.deleteDocument(documents[0].id)).toBe(true);
    await raw.close();
    const check = capture(env);
    expect(await runCli(['repair', '--check'], check.io)).toBe(1);
    expect(check.out()).toContain(`missing from the store: 1: ${documents[0].id}`);
    expect(check.out()).toMatch(/mismatch: `kg repair` rebuilds/);
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['extra'], /too many arguments for 'repair'/],
  ])('should refuse %j as a usage error', async (argv, message) => {
    const c = capture(env);
    expect(await runCli(['repair', ...argv], c.io)).toBe(2);
    expect(c.err()).toMatch(message);
  });

  it('should change nothing while another process holds the store', async () => {
    const held = { KG_DATA_DIR: join(dir, 'held'), KG_BUFFER_POOL_MB: '64' };
    const child = spawn(
      'npx',
      ['tsx', resolve(import.meta.dirname, '../test-support/hold-store.ts')],
      {
        env: { ...process.env, ...held },
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true,
      },
    );
    try {
      await new Promise<void>((ready, fail) => {
        child.stdout.on('data', (b: Buffer) => b.toString().includes('READY') && ready());
        child.on('exit', (code) => fail(new Error(`hold-store exited ${code}`)));
      });
      const c = capture(held);
      expect(await runCli(['repair'], c.io)).toBe(1);
      expect(c.err()).toMatch(/another process has this store open.*nothing changed/);
      expect(readdirSync(held.KG_DATA_DIR).filter((f) => f.includes('broken'))).toEqual([]);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }
  });

  it('should refuse a Neo4j store, and a data directory without a log', async () => {
    const neo = capture({ ...env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(await runCli(['repair'], neo.io)).toBe(2);
    expect(neo.err()).toMatch(/unset NEO4J_URI/);
    const empty = capture({ KG_DATA_DIR: join(dir, 'nothing') });
    expect(await runCli(['repair'], empty.io)).toBe(1);
    expect(empty.err()).toMatch(/no document log at .*documents\.log\.jsonl/);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
  });
});

describe('#logBatches', () => {
  const put = (id: string, batch: string): DocumentLogPut => ({
    v: 1,
    op: 'put',
    id,
    hash: `sha256:${'0'.repeat(64)}`,
    ingestedAt: '2024-01-01T00:00:00.000Z',
    batch,
    text: id,
  });
  it.each([
    ['one batch', [put('a', 'x'), put('b', 'x')], [['a', 'b']]],
    ['two batches', [put('a', 'x'), put('b', 'y')], [['a'], ['b']]],
    // a batch interrupted by a later ingest is split into runs: log order comes first
    ['runs, in order', [put('a', 'x'), put('b', 'y'), put('c', 'x')], [['a'], ['b'], ['c']]],
    ['nothing', [], []],
  ])('should group %s', (_what, docs, ids) => {
    expect(logBatches(docs).map((b) => b.map((d) => d.id))).toEqual(ids);
  });
});
