import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { captureIO } from './test-support/capture-io';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionResultSchema } from '@kg/schema';
import { runCli } from './run-cli';

const capture = (env: Record<string, string | undefined> = {}) => captureIO(env, process.cwd());

describe('cli', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('#runCli', () => {
    it.each([
      [['nope'], 2, /unknown command "nope"/],
      [['extract'], 2, /give at least one FILE/],
      [['extract', 'x.txt', '--format', 'xml'], 2, /--format must be one of json/],
      [['extract', 'x.txt', '--date', '7 April'], 2, /--date must be YYYY-MM-DD/],
      [['extract', 'x.txt', '--bogus'], 2, /Unknown option '--bogus'/],
      [['query'], 2, /exactly one Cypher query/],
      [['export', '--format', 'pdf'], 2, /--format must be one of/],
      [['eval', 'only-one.json'], 2, /usage: kg eval GOLD.json PRED.json/],
      [['ingest', 'x', '--batch', '0'], 2, /--batch must be an integer from 1/],
    ])('should refuse %j with exit %i and a clear message', async (argv, code, message) => {
      const c = capture();
      expect(await runCli(argv, c.io)).toBe(code);
      expect(c.err()).toMatch(message);
    });

    it('should print usage for --help', async () => {
      const c = capture();
      expect(await runCli(['--help'], c.io)).toBe(0);
      expect(c.out()).toMatch(/kg extract FILE/);
    });
  });

  describe('extract', () => {
    it('should print exactly one valid ExtractionResult object on stdout', async () => {
      const file = join(dir, 'a.txt');
      await writeFile(
        file,
        'date 2023-05-02\nFrench President Emmanuel Macron held talks with German Chancellor Olaf Scholz in Paris on Tuesday.\n',
      );
      const c = capture();
      expect(await runCli(['extract', file, '--format', 'json'], c.io)).toBe(0);
      const parsed = ExtractionResultSchema.parse(JSON.parse(c.out()));
      expect(parsed.documents).toHaveLength(1);
      expect(parsed.documents[0].date).toBe('2023-05-02');
      const names = parsed.entities.map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(['Emmanuel Macron', 'France', 'Germany']));
    });

    it('should report an empty file on stderr naming it, and still print the other documents', async () => {
      const empty = join(dir, 'empty.txt');
      const good = join(dir, 'good.txt');
      await writeFile(empty, '');
      await writeFile(good, 'The European Union imposed sanctions on Iran.');
      const c = capture();
      expect(await runCli(['extract', empty, good], c.io)).toBe(1);
      expect(c.err()).toContain('empty.txt');
      const parsed = ExtractionResultSchema.parse(JSON.parse(c.out()));
      expect(parsed.documents).toHaveLength(1);
    });
  });
});
