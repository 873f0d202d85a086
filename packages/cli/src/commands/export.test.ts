import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { captureIO } from '../test-support/capture-io';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedStore } from '@kg/graph-store';
import { createFileViewStore } from '@kg/graph-server';
import { ExtractionResultSchema, relationId, type DocumentText } from '@kg/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ARTIFACTS = resolve(fileURLToPath(import.meta.url), '../../../../../test-artifacts/cli');

const TEXTS: DocumentText[] = [
  {
    id: 'doc-a',
    title: 'Talks in the capital',
    date: '2022-02-18',
    text: 'Ruritania signed a pact with Freedonia. Freedonia sanctioned Sylvania.',
  },
  { id: 'doc-b', date: '2022-05-01', text: 'Sylvania criticized Ruritania.' },
];

function rel(
  source: string,
  type: 'SUPPORTS' | 'SANCTIONS' | 'CRITICIZES',
  target: string,
  doc: DocumentText,
  sentence: string,
) {
  const start = doc.text.indexOf(sentence);
  return {
    id: relationId(source, type, target),
    source,
    target,
    type,
    date: doc.date,
    negated: false,
    modality: 'asserted' as const,
    confidence: 0.9,
    evidence: [
      {
        docId: doc.id,
        sentence: 0,
        start,
        end: start + sentence.length,
        text: sentence,
        date: doc.date,
      },
    ],
  };
}

const RESULT = ExtractionResultSchema.parse({
  documents: TEXTS.map((d) => ({ id: d.id, title: d.title, date: d.date, sentences: 2 })),
  entities: [
    { id: 'RUR', name: 'Ruritania', type: 'Country', aliases: [], mentions: [] },
    { id: 'FRE', name: 'Freedonia', type: 'Country', aliases: [], mentions: [] },
    {
      id: 'sylvania-council',
      name: 'Sylvania <Council>',
      type: 'Organization',
      aliases: [],
      mentions: [],
    },
  ],
  relations: [
    rel('RUR', 'SUPPORTS', 'FRE', TEXTS[0], 'Ruritania signed a pact with Freedonia.'),
    rel('FRE', 'SANCTIONS', 'sylvania-council', TEXTS[0], 'Freedonia sanctioned Sylvania.'),
    rel('sylvania-council', 'CRITICIZES', 'RUR', TEXTS[1], 'Sylvania criticized Ruritania.'),
  ],
});

let dir: string;
let viewId: string;

const capture = (env: Record<string, string | undefined>) => captureIO(env, dir);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-cli-export-'));
  await mkdir(ARTIFACTS, { recursive: true });
  const store = await createEmbeddedStore({
    dir: join(dir, 'data'),
    bufferPoolSize: 64 * 1024 * 1024,
  });
  await store.ingest(RESULT, TEXTS);
  await store.close();
  const views = createFileViewStore(join(dir, 'data', 'views.json'));
  viewId = (
    await views.create({
      name: 'pressure',
      state: { relationTypes: ['SANCTIONS', 'CRITICIZES'] },
      positions: { RUR: [0, 0], FRE: [100, 0], 'sylvania-council': [50, 80] },
      title: 'Pressure & pacts',
      caption: 'Invented countries',
    })
  ).id;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const env = () => ({ KG_DATA_DIR: join(dir, 'data'), KG_BUFFER_POOL_MB: '64' });

describe('kg export', () => {
  describe('--format png', () => {
    it('should render the view in headless Chromium and write a valid PNG', async () => {
      const out = join(ARTIFACTS, 'export-cli.png');
      const c = capture(env());
      const code = await runCli(
        [
          'export',
          '--format',
          'png',
          '--out',
          out,
          '--width',
          '640',
          '--height',
          '420',
          '--title',
          'CLI render',
        ],
        c.io,
      );
      expect(c.err()).toMatch(
        /wrote .*export-cli\.png \(\d+\.\d KB, 3 nodes, 3 edges, \d+\.\d s\)/,
      );
      expect(code).toBe(0);
      const png = await readFile(out);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(640);
      expect(png.readUInt32BE(20)).toBeGreaterThan(420);
      expect(png.length).toBeGreaterThan(5_000);
    });
  });

  describe('--format svg --view', () => {
    it('should render a saved view with its title, filters and sources', async () => {
      const out = join(ARTIFACTS, 'export-cli-view.svg');
      const c = capture(env());
      const code = await runCli(
        ['export', '--format', 'svg', '--view', viewId, '--out', out],
        c.io,
      );
      expect(code, c.err()).toBe(0);
      const svg = await readFile(out, 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
      expect(svg).toContain('Pressure &amp; pacts');
      expect(svg).toContain('Invented countries');
      expect(svg).toContain('Sylvania &lt;Council&gt;');
      expect(svg).not.toContain('<Council>');
      expect(svg).toContain('3 actors · 2 relations dated 2022-02-18 – 2022-05-01');
      expect(svg).toContain('• Talks in the capital (2022-02-18)');
      expect(svg).toContain('• doc-b (2022-05-01)');
      expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(3 + 2);
    });
  });

  describe('--format html --view', () => {
    it('should write one self-contained file carrying the URL state', async () => {
      const out = join(dir, 'report.html');
      const c = capture(env());
      expect(
        await runCli(
          [
            'export',
            '--format',
            'html',
            '--view',
            'http://kg.local/?focus=FRE&rels=SANCTIONS&cam=0.5,0.5,1.2',
            '--out',
            out,
          ],
          c.io,
        ),
      ).toBe(0);
      expect(c.err()).toMatch(/\d+\.\d KB, 3 nodes/);
      const html = await readFile(out, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="styles/);
      const data = JSON.parse(
        /<script type="application\/json" id="kg-inline-data">(.*?)<\/script>/s.exec(html)![1],
      );
      expect(data.view.state).toEqual({
        focus: 'FRE',
        relationTypes: ['SANCTIONS'],
        camera: { x: 0.5, y: 0.5, ratio: 1.2 },
      });
      expect(Object.keys(data.evidence)).toHaveLength(3);
    });
  });

  describe('--out', () => {
    it('should take the format from the extension and write X.csv as X.nodes.csv + X.relationships.csv', async () => {
      const c = capture(env());
      const gexf = join(dir, 'inferred.gexf');
      expect(await runCli(['export', '--out', gexf], c.io)).toBe(0);
      expect(await readFile(gexf, 'utf8')).toContain('<gexf');
      const csv = join(dir, 'tables.csv');
      expect(await runCli(['export', '--out', csv], c.io)).toBe(0);
      expect(await readFile(join(dir, 'tables.nodes.csv'), 'utf8')).toContain('Ruritania');
      expect(await readFile(join(dir, 'tables.relationships.csv'), 'utf8')).toContain('SANCTIONS');
      await expect(readdir(csv)).rejects.toThrow(/ENOENT/);
    });
  });

  describe('usage', () => {
    it.each([
      [[], /give --format \(json, gexf/],
      [['--out', 'graph.txt'], /cannot tell the format from "graph.txt"/],
      [['--format', 'png'], /--format png writes files: give --out FILE/],
      [['--format', 'json', '--view', 'abcdefgh'], /--view works with --format html, png or svg/],
      [['--format', 'html', '--view', 'nosuchview'], /no saved view "nosuchview"/],
      [
        ['--format', 'png', '--out', 'x.png', '--width', '10'],
        /--width must be an integer from 200/,
      ],
    ])('should refuse %j with exit 2', async (args, message) => {
      const c = capture(env());
      expect(await runCli(['export', ...args], c.io)).toBe(2);
      expect(c.err()).toMatch(message);
    });
  });
});
