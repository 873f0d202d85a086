import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { captureIO } from '../test-support/capture-io';

const BIN = resolve(import.meta.dirname, '../bin.ts');
const ARTICLE_A =
  'Germany and France signed a trade agreement in Berlin on Monday, officials said.';
const ARTICLE_B =
  'Japan accused China of violating its airspace near Okinawa on Tuesday, the ministry said.';

/** `kg ARGS` as a child process (node + tsx loader), its stdout collected. */
function kg(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, out: () => out, err: () => err, exited };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const stats = async (url: string) =>
  (await (await fetch(`${url}/api/stats`)).json()) as { documents: number; relations: number };

describe('live data: kg ingest, query and watch through a running kg serve', () => {
  let dir: string;
  let env: Record<string, string>;
  let server: ReturnType<typeof kg>;
  let url: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-live-'));
    env = { KG_DATA_DIR: join(dir, 'data'), KG_BUFFER_POOL_MB: '64', KG_LOG_LEVEL: 'silent' };
    server = kg(['serve', '--port', '0', '--json'], env);
    children.push(server.child);
    url = await until('kg serve', () => {
      const line = server.out().split('\n')[0];
      return line ? (JSON.parse(line) as { url: string }).url : undefined;
    });
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('should announce itself in server.json and write a private editor token', () => {
    const info = JSON.parse(readFileSync(join(env.KG_DATA_DIR, 'server.json'), 'utf8'));
    expect(info).toMatchObject({ pid: server.child.pid, url });
    expect(Date.parse(info.startedAt)).not.toBeNaN();
    expect(statSync(join(env.KG_DATA_DIR, 'editor-token')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(server.out().split('\n')[0])).toMatchObject({ writes: 'generated' });
  });

  it('should ingest and query through the server instead of failing on the lock', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, ARTICLE_A);
    const ingest = captureIO(env);
    expect(await runCli(['ingest', file, '--json'], ingest.io)).toBe(0);
    expect(ingest.err()).toContain(`sent to the running server at ${url}`);
    expect(JSON.parse(ingest.out())).toMatchObject({ documents: 1, unchanged: 0, failures: [] });
    expect((await stats(url)).documents).toBe(1);

    const bad = captureIO(env);
    expect(await runCli(['ingest', join(dir, 'missing.txt')], bad.io)).toBe(1);
    expect(bad.out()).toMatch(/failed: .*missing\.txt: .*no such file/);

    const query = captureIO(env);
    const cypher = 'MATCH (d:Document) RETURN count(d) AS n';
    expect(await runCli(['query', cypher, '--json'], query.io)).toBe(0);
    expect(query.err()).toContain('sent to the running server');
    expect(JSON.parse(query.out())).toEqual({ columns: ['n'], rows: [[1]], truncated: false });
    const table = captureIO(env);
    expect(await runCli(['query', cypher], table.io)).toBe(0);
    expect(table.out()).toMatch(/^n\s*\n-+\n1\s*$/m);
  });

  it('should pick up a new file with kg watch and change the server stats', async () => {
    const inbox = join(dir, 'inbox');
    await mkdir(inbox);
    const before = await stats(url);
    const watcher = kg(['watch', inbox, '--json'], env);
    children.push(watcher.child);
    await until('kg watch ready', () => (watcher.err().includes('watching') ? true : undefined));
    expect(watcher.err()).toContain(`into the running server at ${url}`);
    await writeFile(join(inbox, 'b.txt'), ARTICLE_B);
    const after = await until('the new document', async () => {
      const s = await stats(url);
      return s.documents > before.documents ? s : undefined;
    });
    expect(after.documents).toBe(before.documents + 1);
    expect(after.relations).toBeGreaterThanOrEqual(before.relations);
    watcher.child.kill('SIGINT');
    expect(await watcher.exited).toBe(0);
    expect(JSON.parse(watcher.out())).toMatchObject({ files: 1, documents: 1, failed: 0 });
  });

  it('should remove its files at exit, and the CLI then opens the store itself', async () => {
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(existsSync(join(env.KG_DATA_DIR, 'server.json'))).toBe(false);
    expect(existsSync(join(env.KG_DATA_DIR, 'editor-token'))).toBe(false);
    const query = captureIO(env);
    expect(
      await runCli(['query', 'MATCH (d:Document) RETURN count(d) AS n', '--json'], query.io),
    ).toBe(0);
    expect(query.err()).not.toContain('running server');
    expect(JSON.parse(query.out()).rows).toEqual([[2]]);
  });
});
