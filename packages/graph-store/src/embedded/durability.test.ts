import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { worldFixture } from '../contract/fixtures';
import { createEmbeddedStore } from './embedded-store';
import { durabilityBatch } from './durability-batch';
import type { GraphStore } from '../graph-store';

const here = dirname(fileURLToPath(import.meta.url));

/** Spawn the child, wait for `line`, then SIGKILL it. */
function runAndKill(dir: string, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // detached: own process group, so SIGKILL reaches tsx's node process, not only npx
    const child = spawn('npx', ['tsx', join(here, 'durability-child.ts'), dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const killAll = (): void => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    };
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes(line)) killAll();
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(out)
        : reject(new Error(`child exited ${code}: ${err || out}`)),
    );
  });
}

/** The killed process group may take a moment to release the database file lock. */
async function openWhenUnlocked(dir: string): Promise<GraphStore> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createEmbeddedStore({ dir, bufferPoolSize: 256 * 1024 * 1024 });
    } catch (err) {
      if (attempt >= 50 || !/lock/i.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('embedded-store durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-durability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('#ingest', () => {
    it('should survive kill -9 inside a write transaction and re-ingest without duplicates', async () => {
      const out = await runAndKill(dir, 'PROGRESS');
      expect(out).toContain('COMMITTED');
      expect(out).not.toContain('FINISHED');
      const store = await openWhenUnlocked(dir);
      try {
        const stats = await store.stats();
        expect(stats).toMatchObject({ documents: 3, entities: 9, relations: 9, evidence: 10 });
        const all = await store.exportAll();
        const sum = all.edges.reduce((n, e) => n + e.count, 0);
        expect(sum).toBe(stats.evidence);
        const world = worldFixture();
        expect(await store.ingest(world.result, world.texts)).toMatchObject({ unchanged: 3 });
        const big = durabilityBatch();
        const first = await store.ingest(big.result, big.texts);
        expect(first).toMatchObject({ unchanged: 0, replaced: 0 });
        const again = await store.ingest(big.result, big.texts);
        expect(again.unchanged).toBe(big.result.documents.length);
        const after = await store.stats();
        const evidence = big.result.relations.reduce((n, r) => n + r.evidence.length, 0);
        expect(after).toMatchObject({
          documents: 3 + big.result.documents.length,
          relations: 9 + big.result.relations.length,
          evidence: 10 + evidence,
          entities: 9 + big.result.entities.length,
        });
      } finally {
        await store.close();
      }
    }, 180_000);
  });
});
