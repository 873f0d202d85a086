import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStale, sourceState } from '../../bin/cli-bundle.mjs';

const LAUNCHER = resolve(import.meta.dirname, '../../bin/kg.mjs');

describe('the kg launcher runs the pre-built bundle', () => {
  let dir: string;
  const env = () => ({
    ...process.env,
    KG_BUNDLE_DIR: join(dir, 'bundle'),
    KG_DATA_DIR: join(dir, 'store'),
    KG_LOG_LEVEL: 'silent',
  });
  const kg = (...args: string[]) =>
    spawnSync(process.execPath, [LAUNCHER, ...args], { env: env(), encoding: 'utf8' });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-bundle-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('builds once, then starts from the bundle', () => {
    const first = kg('--help');
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('building the CLI bundle');
    expect(first.stdout).toMatch(/ingest[\s\S]*query/);
    const second = kg('query', '--help');
    expect(second.status).toBe(0);
    expect(second.stderr).not.toContain('building');
    expect(second.stdout).toContain('Examples:');
  }, 180_000);

  it('ingests with the extractor data and answers a query (data found from the bundle)', () => {
    const article = join(dir, 'article.txt');
    writeFileSync(
      article,
      'Moldova protests Russia.\n\nOn 3 March 2022, Moldova condemned Russia and France imposed sanctions on Russia.\n',
    );
    const ingest = kg('ingest', article);
    expect(ingest.stderr).not.toContain('building');
    expect(ingest.status, ingest.stderr).toBe(0);
    const query = kg('query', 'MATCH (c:Country) RETURN c.name AS name ORDER BY name', '--json');
    expect(query.status, query.stderr).toBe(0);
    const names = (JSON.parse(query.stdout) as { rows: unknown[][] }).rows.map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['France', 'Moldova', 'Russia']));
  }, 120_000);

  it('a usage mistake still exits 2 with the hint', () => {
    const run = kg('query');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('kg query --help');
  }, 60_000);
});

describe('bundle staleness', () => {
  it('is stale when missing, fresh after its stamp, stale again when a source changes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kg-stale-'));
    try {
      mkdirSync(join(root, 'packages/a/src'), { recursive: true });
      writeFileSync(join(root, 'packages/a/package.json'), '{}');
      writeFileSync(join(root, 'packages/a/src/x.ts'), 'export {};');
      writeFileSync(join(root, 'packages/a/src/x.test.ts'), 'export {};');
      writeFileSync(join(root, 'pnpm-lock.yaml'), '');
      const bundle = join(root, 'bundle');
      const before = sourceState(root);
      expect(before.files).toBe(3); // tests do not count
      expect(isStale(bundle, before)).toBe(true);
      mkdirSync(bundle);
      writeFileSync(join(bundle, 'stamp.json'), JSON.stringify(before));
      expect(isStale(bundle, sourceState(root))).toBe(false);
      const later = new Date(Date.now() + 5000);
      utimesSync(join(root, 'packages/a/src/x.ts'), later, later);
      expect(isStale(bundle, sourceState(root))).toBe(true);
      writeFileSync(join(root, 'packages/a/src/y.ts'), 'export {};');
      writeFileSync(join(bundle, 'stamp.json'), JSON.stringify(before));
      expect(isStale(bundle, sourceState(root))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
