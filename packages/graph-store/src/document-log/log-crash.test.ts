import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkpointBatch } from '../embedded/durability-batch';
import { createEmbeddedStore } from '../embedded';
import { DocumentLog, documentLogPath, readLiveDocuments } from './document-log';

const here = dirname(fileURLToPath(import.meta.url));

/** Runs the child until `batches` are acknowledged, waits `delayMs`, then SIGKILLs its group. */
function killAfter(dir: string, batches: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', join(here, 'log-crash-child.ts'), dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      // a checkpoint after every commit: the kill can land in one
      env: { ...process.env, KG_CHECKPOINT_WAL_BYTES: '1' },
    });
    let acked = 0;
    let err = '';
    let armed = false;
    child.stdout.on('data', (b: Buffer) => {
      acked += (b.toString().match(/BATCH/g) ?? []).length;
      if (acked >= batches && !armed && child.pid) {
        armed = true;
        const pid = child.pid;
        setTimeout(() => process.kill(-pid, 'SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

describe('document-log crash safety', () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-log-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([0, 100])(
    'should hold every acknowledged document, and every stored one, after kill -9 (%i ms after an ack)',
    async (delayMs) => {
      const dir = mkdtempSync(join(root, 'run-'));
      const acked = await killAfter(dir, 2, delayMs);
      const { documents } = readLiveDocuments(documentLogPath(dir));
      const logged = new Set(documents.map((d) => d.id));
      for (let n = 0; n < acked; n++)
        for (const t of checkpointBatch(n).texts) expect(logged.has(t.id)).toBe(true);
      // the log is written first: the store never holds a document the log lacks
      const store = await createEmbeddedStore({ dir, bufferPoolSize: 128 * 1024 * 1024 });
      try {
        const stored = await store.listDocuments({ limit: 10_000, offset: 0 });
        expect(stored.total).toBeGreaterThanOrEqual(acked * checkpointBatch(0).texts.length);
        for (const d of stored.documents) expect(logged.has(d.id)).toBe(true);
      } finally {
        await store.close();
      }
      // and the log opens for appending again (a torn last line cut off)
      const log = DocumentLog.open(dir);
      expect(log.size).toBe(logged.size);
      log.close();
    },
    180_000,
  );
});
