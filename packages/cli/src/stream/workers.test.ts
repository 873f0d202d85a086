import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { captureIO } from '../test-support/capture-io';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * A graph export with its nodes and edges in key order and every list of evidence sorted: the
 * same store content gives the same text whatever order the store lists rows in (row order
 * follows commit grouping, which the ingest queue decides by timing).
 */
function canonical(json: string): string {
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(sortDeep);
      return items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    }
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, x]) => [k, sortDeep(x)]),
      );
    return v;
  };
  return JSON.stringify(sortDeep(JSON.parse(json)), null, 1);
}
const ARTICLES = resolve(ROOT, 'data/articles');

/** `kg COMMAND ...` with the embedded store in `dataDir`: exit code and stdout. */
async function kg(dataDir: string, ...argv: string[]): Promise<{ code: number; out: string }> {
  const c = captureIO({ KG_DATA_DIR: dataDir }, ROOT);
  const code = await runCli(argv, c.io);
  return { code, out: c.out() };
}

describe('extraction in worker threads', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-workers-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should stream the same NDJSON batches from 1 worker, 2 workers and auto', async () => {
    const run = (workers: string) =>
      kg(dir, 'extract', ARTICLES, '--format', 'ndjson', '--batch', '2', '--workers', workers);
    // auto: the first 4 batches in this thread, the others in cores - 1 worker threads (if > 1)
    const [one, two, auto] = [await run('1'), await run('2'), await run('auto')];
    expect([one.code, two.code, auto.code]).toEqual([0, 0, 0]);
    const lines = one.out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.map((l) => JSON.parse(l).documents.length).slice(0, -1)).toEqual(
      lines.slice(0, -1).map(() => 2),
    );
    expect(two.out).toBe(one.out);
    expect(auto.out).toBe(one.out);
  }, 400_000);

  it('should build the same store (export) from 1 and 2 workers', async () => {
    const exports: string[] = [];
    for (const workers of ['1', '2']) {
      const store = join(dir, `store-${workers}`);
      const ingest = await kg(store, 'ingest', ARTICLES, '--batch', '4', '--workers', workers);
      expect(ingest.code).toBe(0);
      const out = join(dir, `export-${workers}.json`);
      expect((await kg(store, 'export', '--format', 'json', '--out', out)).code).toBe(0);
      exports.push(await readFile(out, 'utf8'));
    }
    expect(exports[0]!.length).toBeGreaterThan(1000);
    expect(canonical(exports[1]!)).toBe(canonical(exports[0]!));
  }, 400_000);
});
