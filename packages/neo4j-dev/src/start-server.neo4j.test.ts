import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Integer } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MEMORY } from './jvm-options';
import { startNeo4jDevServer } from './start-server';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function count(uri: string, password: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS n');
    return (records[0].get('n') as Integer).toNumber();
  } finally {
    await driver.close();
  }
}

// each test starts one or two JVMs on a shared 2-core machine: allow minutes, not seconds
describe('start-server (a real Neo4j 5.26 dev server)', { timeout: 240_000 }, () => {
  let root: string;
  let n = 0;
  const freshDir = () => join(root, `data-${++n}`);
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kg-neo4j-dev-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('should serve Bolt with a password, refuse a wrong one, and keep data across a clean restart', async () => {
    const dataDir = freshDir();
    const password = 'probe-password';
    const server = await startNeo4jDevServer({
      dataDir,
      port: 0,
      password,
      ...TEST_MEMORY,
      log: console.log,
    });
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(server.version).toMatch(/^5\.26\.\d+ community$/);
    expect(server.startMs).toBeGreaterThan(0);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
    await driver.executeQuery('CREATE (:Probe {at: 1})');
    await driver.close();
    await expect(count(server.uri, 'wrong-password')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await server.stop();
    expect(alive(server.pid)).toBe(false);

    const again = await startNeo4jDevServer({ dataDir, port: 0, password, ...TEST_MEMORY });
    try {
      expect(await count(again.uri, password)).toBe(1);
    } finally {
      await again.stop();
    }
  });

  it('should refuse a second server on the same data directory with a clear error', async () => {
    const dataDir = freshDir();
    const first = await startNeo4jDevServer({ dataDir, port: 0, ...TEST_MEMORY });
    try {
      await expect(startNeo4jDevServer({ dataDir, port: 0, ...TEST_MEMORY })).rejects.toThrow(
        /exited \(code 2\) before it was ready:[\s\S]*cannot start Neo4j with data directory/,
      );
    } finally {
      await first.stop();
    }
  });

  it('should stop when the process that started it dies', async () => {
    // a child Node process starts the server, prints its pid, and is then killed with SIGKILL
    const dataDir = freshDir();
    const script = `
      import { startNeo4jDevServer } from '@kg/neo4j-dev';
      const s = await startNeo4jDevServer({ dataDir: ${JSON.stringify(dataDir)}, port: 0, heap: '1g', pagecache: '256m' });
      console.log('PID ' + s.pid);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: join(import.meta.dirname, '..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const pid = await new Promise<number>((done, fail) => {
      parent.stdout.on('data', (b: Buffer) => {
        const m = /PID (\d+)/.exec(b.toString());
        if (m) done(Number(m[1]));
      });
      parent.on('exit', (code) =>
        fail(new Error(`parent exited (${code}) before the server was up`)),
      );
    });
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => alive(pid), { timeout: 30_000, interval: 200 }).toBe(false);
  });
});
