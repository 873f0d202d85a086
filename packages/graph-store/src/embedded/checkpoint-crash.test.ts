import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDirOf } from './checkpoint-guard';
import { checkpointBatch } from './durability-batch';
import { createEmbeddedStore } from './embedded-store';
import type { GraphStore } from '../graph-store';

const here = dirname(fileURLToPath(import.meta.url));
const DB = 'graph.kuzu';

/** Checkpoint instants, by the file that exists at that moment. */
const INSTANTS: Array<[string, (db: string) => string]> = [
  ['copying the files aside', (db) => `${backupDirOf(db)}.tmp`],
  ['copy in place, checkpoint starting', (db) => backupDirOf(db)],
  ['the engine writing the checkpoint (.shadow)', (db) => `${db}.shadow`],
];

/** Runs the child until `marker` exists after at least 2 batches, then SIGKILLs its group. */
function killAt(dir: string, marker: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', join(here, 'checkpoint-child.ts'), dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, KG_CHECKPOINT_WAL_BYTES: '1' },
    });
    let batches = 0;
    let err = '';
    child.stdout.on(
      'data',
      (b: Buffer) => (batches += (b.toString().match(/BATCH/g) ?? []).length),
    );
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const poll = setInterval(() => {
      if (batches >= 2 && existsSync(marker) && child.pid) process.kill(-child.pid, 'SIGKILL');
    }, 1);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve(batches);
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

async function openWhenUnlocked(dir: string): Promise<GraphStore> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createEmbeddedStore({ dir, bufferPoolSize: 128 * 1024 * 1024 });
    } catch (err) {
      if (attempt >= 50 || !/lock|checkpointing/i.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('embedded-store checkpoint crash safety', () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-ckpt-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(INSTANTS)(
    'should reopen consistent after kill -9 while %s, and re-ingest idempotently',
    async (_instant, markerOf) => {
      const dir = mkdtempSync(join(root, 'run-'));
      const batches = await killAt(dir, markerOf(join(dir, DB)));
      const store = await openWhenUnlocked(dir);
      try {
        const stats = await store.stats();
        // every printed batch was committed; the killed checkpoint followed one more commit
        const docs = checkpointBatch(0).result.documents.length;
        expect([batches * docs, (batches + 1) * docs]).toContain(stats.documents);
        const all = await store.exportAll();
        expect(all.edges.reduce((n, e) => n + e.count, 0)).toBe(stats.evidence);
        const last = checkpointBatch(stats.documents / docs - 1);
        expect(await store.ingest(last.result, last.texts)).toMatchObject({ unchanged: docs });
        const next = checkpointBatch(stats.documents / docs);
        expect(await store.ingest(next.result, next.texts)).toMatchObject({ unchanged: 0 });
        expect((await store.stats()).documents).toBe(stats.documents + docs);
      } finally {
        await store.close();
      }
      expect(existsSync(join(dir, `${DB}.shadow`))).toBe(false);
    },
    180_000,
  );
});
