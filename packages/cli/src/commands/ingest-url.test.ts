import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractionResultSchema } from '@kg/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { captureIO } from '../test-support/capture-io';
import { startLocalWeb, stopLocalWeb } from '../test-support/local-web';

describe('kg ingest URL...', () => {
  let dir: string;
  let base: string;
  let server: Server;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-ingest-url-'));
    ({ base, server } = await startLocalWeb());
  });
  afterAll(async () => {
    await stopLocalWeb(server);
    await rm(dir, { recursive: true, force: true });
  });

  it('should store pages and feed items with title, date and source, and exit 1 for the failed URL', async () => {
    const env = { KG_DATA_DIR: join(dir, 'store') };
    const c = captureIO(env);
    const args = ['ingest', `${base}/news/grain-talks`, `${base}/world.rss`, `${base}/slow`];
    // a timeout generous enough for a loaded machine: only /slow, which never answers, hits it
    expect(await runCli([...args, '--timeout', '3000'], c.io)).toBe(1);
    expect(c.out()).toMatch(/ingested 3 document\(s\)/);
    expect(c.out()).toContain(
      `failed: ${base}/slow: @kg/cli/fetch-url: no complete answer within 3000 ms`,
    );

    const q = captureIO(env);
    const cypher =
      'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.date AS date, d.source AS source ORDER BY id';
    expect(await runCli(['query', cypher, '--json'], q.io)).toBe(0);
    expect(JSON.parse(q.out()).rows).toEqual([
      [
        `${base}/news/grain-talks`,
        'Turkish, Russian and Ukrainian ministers meet in Istanbul over grain exports',
        '2022-07-13',
        'The Harbour Times',
      ],
      [
        'https://news.example.org/world/eu-sanctions',
        'EU adopts new sanctions on Russia',
        '2022-04-08',
        'Harbour Times & Wire: World',
      ],
      [
        'https://news.example.org/world/istanbul-talks',
        'Talks in Istanbul',
        '2022-03-29',
        'Harbour Times & Wire: World',
      ],
    ]);
  });

  it('should print a JSON summary with --json, and find an unchanged page on a second run', async () => {
    const env = { KG_DATA_DIR: join(dir, 'store') };
    const c = captureIO(env);
    expect(await runCli(['ingest', `${base}/news/grain-talks`, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ documents: 1, unchanged: 1, failures: [] });
  });

  it('should extract a page by URL with kg extract, dated by the page', async () => {
    const c = captureIO({});
    expect(await runCli(['extract', `${base}/moved`], c.io)).toBe(0);
    const result = ExtractionResultSchema.parse(JSON.parse(c.out()));
    expect(result.documents).toEqual([
      expect.objectContaining({ id: `${base}/news/grain-talks`, date: '2022-07-13' }),
    ]);
    expect(result.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Turkey', 'Russia', 'Ukraine', 'Hulusi Akar']),
    );
  });
});
