import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { captureIO } from '../test-support/capture-io';

describe('connect', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-connect-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should explain a store held by a process that is no server, for ingest, query and watch', async () => {
    const env = { KG_DATA_DIR: join(dir, 'held'), KG_BUFFER_POOL_MB: '64' };
    // a stale server.json (dead pid) must not count as a server
    const child = spawn(
      'npx',
      ['tsx', resolve(import.meta.dirname, '../test-support/hold-store.ts')],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
    );
    try {
      await new Promise<void>((ready, fail) => {
        child.stdout.on('data', (b: Buffer) => b.toString().includes('READY') && ready());
        child.on('exit', (code) => fail(new Error(`hold-store exited ${code}`)));
      });
      await writeFile(
        join(env.KG_DATA_DIR, 'server.json'),
        JSON.stringify({ pid: 2 ** 22 + 4321, url: 'http://127.0.0.1:1' }),
      );
      await writeFile(join(dir, 'a.txt'), 'France and Germany met in Paris.');
      for (const argv of [
        ['ingest', join(dir, 'a.txt')],
        ['query', 'MATCH (d:Document) RETURN count(d)'],
        ['watch', dir],
      ]) {
        const c = captureIO(env);
        expect(await runCli(argv, c.io), `${argv[0]}: ${c.err()}`).toBe(1);
        expect(c.err()).toMatch(
          /held by another process, and no kg server of this data dir answers/,
        );
        expect(c.err()).toMatch(/start it with `kg serve` or `kg start`/);
        expect(c.err()).not.toMatch(/set KG_DATA_DIR to another directory/);
      }
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }
  });
});
