import { spawn } from 'node:child_process';
import { captureIO } from '../test-support/capture-io';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ROOT = resolve(import.meta.dirname, '../../../..');

const capture = (env: Record<string, string | undefined>) => captureIO(env, ROOT);

// `pnpm neo4j` as a user runs it: a foreground process that prints how to connect, then the
// product (kg ingest, kg query) pointed at it with NEO4J_URI only, then Ctrl-C.
describe('kg neo4j start (a real dev server in a child process)', { timeout: 240_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-cli-neo4j-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should start, serve kg ingest and kg query through NEO4J_URI, and stop on SIGINT', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'packages/cli/src/bin.ts',
        'neo4j',
        'start',
        '--port',
        '0',
        '--data',
        join(dir, 'neo4j'),
        '--heap',
        '1g',
        '--pagecache',
        '256m',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const printed: string[] = [];
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const uri = await new Promise<string>((done, fail) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        printed.push(line);
        const m = /export NEO4J_URI=(bolt:\/\/\S+)/.exec(line);
        if (m) done(m[1]);
      });
      void exited.then((code) =>
        fail(new Error(`kg neo4j start exited (${code}): ${printed.join('\n')}`)),
      );
    });
    try {
      expect(printed.join('\n')).toMatch(
        /Neo4j 5\.26\.\d+ community is running at bolt:.*auth off/,
      );
      const env = { NEO4J_URI: uri };
      const ingest = capture(env);
      expect(
        await runCli(['ingest', 'data/articles/2022-03-02-eu-sanctions-belarus.txt'], ingest.io),
      ).toBe(0);
      const query = capture(env);
      const code = await runCli(
        ['query', 'MATCH (d:Document) RETURN count(d) AS documents', '--json'],
        query.io,
      );
      expect(code).toBe(0);
      expect(JSON.parse(query.out())).toEqual({
        columns: ['documents'],
        rows: [[1]],
        truncated: false,
      });
      const sanctions = capture(env);
      const cypher = 'MATCH (:Entity)-[r:SANCTIONS]->(b:Entity) RETURN count(r) AS n';
      expect(await runCli(['query', cypher, '--json'], sanctions.io)).toBe(0);
      expect(JSON.parse(sanctions.out()).rows[0][0]).toBeGreaterThan(0);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
