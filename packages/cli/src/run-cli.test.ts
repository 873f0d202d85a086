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
      [['nope'], 2, /unknown command 'nope'/],
      [['extract'], 2, /give at least one FILE/],
      [['extract', 'x.txt', '--format', 'xml'], 2, /--format must be one of json/],
      [['extract', 'x.txt', '--date', '7 April'], 2, /--date must be YYYY-MM-DD/],
      [['extract', 'x.txt', '--bogus'], 2, /unknown option '--bogus'\n\(run "kg extract --help"/],
      [['ingest', 'x', '--batch'], 2, /option '--batch <n>' argument missing/],
      [['ingest'], 2, /give at least one file, folder or URL to ingest\n\(run "kg ingest --help"/],
      [['serve', 'extra'], 2, /too many arguments for 'serve'/],
      [['neo4j'], 2, /Usage: kg neo4j \[options\] \[command\]/],
      [['neo4j', 'stop'], 2, /unknown command 'stop'/],
      [['query'], 2, /exactly one Cypher query/],
      [['export', '--format', 'pdf'], 2, /--format must be one of/],
      [['eval', 'only-one.json'], 2, /usage: kg eval GOLD.json PRED.json/],
      [['ingest', 'x', '--date', 'yesterday'], 2, /--date must be YYYY-MM-DD/],
      [['ingest', 'x', '--timeout', '5'], 2, /--timeout must be an integer from 100/],
      [['ingest', 'x', '--batch', '0'], 2, /--batch must be an integer from 1/],
      [['ingest', 'x', '--workers', '0'], 2, /--workers must be an integer from 1 to 8/],
      [['extract', 'x', '--format', 'ndjson', '--workers', 'many'], 2, /--workers must be/],
      [['extract', 'x', '--format', 'ndjson', '--id', 'a'], 2, /--id applies to --format json/],
    ])('should refuse %j with exit %i and a clear message', async (argv, code, message) => {
      const c = capture();
      expect(await runCli(argv, c.io)).toBe(code);
      expect(c.err()).toMatch(message);
    });

    it.each([['--help'], ['help'], ['-h']])('should list every command for %s', async (...argv) => {
      const c = capture();
      expect(await runCli(argv, c.io)).toBe(0);
      for (const name of [
        'extract',
        'ingest',
        'serve',
        'start',
        'query',
        'export',
        'neo4j',
        'eval',
      ])
        expect(c.out()).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
      expect(c.out()).toMatch(/Exit codes: 0 ok, 1 some inputs or the command failed, 2 usage/);
    });

    it('should print usage and exit 2 when no command is given', async () => {
      const c = capture();
      expect(await runCli([], c.io)).toBe(2);
      expect(c.out()).toMatch(/^Usage: kg \[options\] \[command\]/);
    });

    it.each([
      ['extract', '--pretty'],
      ['ingest', '--timeout <ms>'],
      ['serve', '--port <n>'],
      ['start', '--host <host>'],
      ['query', '--limit <n>'],
      ['export', '--view <id|url>'],
      ['eval', '--json'],
      ['neo4j start', '--pagecache <size>'],
      ['neo4j build', '--help'],
    ])('should answer kg %s --help with its options and an example', async (name, option) => {
      const c = capture();
      expect(await runCli([...name.split(' '), '--help'], c.io)).toBe(0);
      expect(c.out()).toContain(`Usage: kg ${name}`);
      expect(c.out()).toContain(option);
      expect(c.out()).toMatch(new RegExp(`Examples:\n  \\$ kg ${name}`));
    });

    it('should answer kg help COMMAND like kg COMMAND --help', async () => {
      const c = capture();
      expect(await runCli(['help', 'ingest'], c.io)).toBe(0);
      expect(c.out()).toContain('Usage: kg ingest [options] [PATH|URL...]');
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
