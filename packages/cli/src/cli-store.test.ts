import { existsSync } from 'node:fs';
import { captureIO } from './test-support/capture-io';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const ROOT = resolve(import.meta.dirname, '../../..');
const SAMPLE = resolve(ROOT, '../shared/corpus/belarus-2022-04-07.txt');
const ARTICLES = resolve(ROOT, 'data/articles');

const capture = (env: Record<string, string | undefined>) => captureIO(env, ROOT);

describe('cli with the embedded store', () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-cli-store-'));
    env = { KG_DATA_DIR: join(dir, 'store') };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('ingest', () => {
    it('should ingest the articles with progress, then change nothing on a second run', async () => {
      const first = capture(env);
      expect(await runCli(['ingest', ARTICLES], first.io)).toBe(0);
      expect(first.err()).toMatch(/ingest: \d+\/\d+/);
      const docs = Number(/ingested (\d+) document/.exec(first.out())?.[1]);
      expect(docs).toBeGreaterThanOrEqual(6);

      const before = capture(env);
      await runCli(['query', 'MATCH (d:Document) RETURN count(d) AS docs', '--json'], before.io);
      const second = capture(env);
      expect(await runCli(['ingest', ARTICLES], second.io)).toBe(0);
      expect(second.out()).toMatch(new RegExp(`\\(${docs} unchanged`));
      const after = capture(env);
      await runCli(['query', 'MATCH (d:Document) RETURN count(d) AS docs', '--json'], after.io);
      expect(JSON.parse(after.out()).rows).toEqual(JSON.parse(before.out()).rows);
    });
  });

  describe('query', () => {
    it('should print a table of people and their roles', async () => {
      const c = capture(env);
      const code = await runCli(
        [
          'query',
          'MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Country) RETURN p.name AS person, c.name AS country',
        ],
        c.io,
      );
      expect(code).toBe(0);
      expect(c.out().split('\n')[0]).toMatch(/^person\s+\| country$/);
      expect(c.err()).toMatch(/row\(s\) in .* ms \[kuzu\]/);
    });

    it.each([
      'CREATE (n:Person {id: "x"})',
      'MATCH (n) DETACH DELETE n',
      'MATCH (n) /* c */ SET n.name = "x"',
    ])('should refuse the write %s and leave the store as it was', async (query) => {
      const c = capture(env);
      expect(await runCli(['query', query], c.io)).toBe(1);
      expect(c.err()).toMatch(/read-only|not allowed|refused/i);
    });
  });

  describe('export', () => {
    it('should write GEXF and a self-contained HTML file', async () => {
      const gexf = join(dir, 'graph.gexf');
      const c = capture(env);
      expect(await runCli(['export', '--format', 'gexf', '--out', gexf], c.io)).toBe(0);
      expect(await readFile(gexf, 'utf8')).toMatch(/<gexf[\s\S]*<node /);
      const html = join(dir, 'report.html');
      expect(
        await runCli(['export', '--format', 'html', '--out', html, '--title', 'Report'], c.io),
      ).toBe(0);
      const page = await readFile(html, 'utf8');
      expect(page).toMatch(/^<!doctype html>/i);
      expect(page).not.toMatch(/<script[^>]+src=/i);
      expect(c.err()).toMatch(/wrote .*report\.html \([\d.]+ KB/);
    });
  });

  describe.runIf(existsSync(SAMPLE))('eval', () => {
    it('should score the sample extraction against its gold file', async () => {
      const pred = join(dir, 'pred.json');
      const ex = capture(env);
      expect(await runCli(['extract', SAMPLE], ex.io)).toBe(0);
      await writeFile(pred, ex.out());
      const c = capture(env);
      expect(
        await runCli(['eval', resolve(SAMPLE, '../seed-gold.json'), pred, '--json'], c.io),
      ).toBe(0);
      const report = JSON.parse(c.out());
      expect(JSON.stringify(report)).toMatch(/f1/i);
    });
  });
});
