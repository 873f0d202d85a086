import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorrectionConflictError, CorrectionNotFoundError, makeRecord } from '@kg/curation';
import type { GraphStore } from '@kg/graph-store';
import { captureIO } from '../test-support/capture-io';
import { runCli } from '../run-cli';
import { correctionsLogOf, curationFor, openCuratedStore } from '../curated-store';

const ARTICLES: Record<string, string> = {
  'berlin.txt':
    'Germany imposed sanctions on Russia on Monday. Chancellor Olaf Scholz met Emmanuel Macron in Paris.',
  'ankara.txt':
    'Recep Tayyip Erdogan criticized Russia on Tuesday. France supports Ukraine. Macron criticized Russia.',
};
const LATER = { 'later.txt': 'Olaf Scholz criticized Russia on Friday.' };

/** The graph as ids, names, types and evidence counts: what must survive a rebuild. */
async function snapshot(store: GraphStore) {
  const all = await store.exportAll();
  return {
    nodes: all.nodes.map((n) => `${n.id}|${n.name}|${n.type}`).sort(),
    edges: all.edges.map((e) => `${e.id}|${e.count}`).sort(),
  };
}

describe('kg corrections (embedded store, real extractor)', () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  const cli = async (...argv: string[]) => {
    const c = captureIO(env, dir);
    const code = await runCli(argv, c.io);
    return { code, out: c.out(), err: c.err() };
  };
  const withStore = async <T>(use: (store: GraphStore) => Promise<T>): Promise<T> => {
    const store = await openCuratedStore(env);
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-corrections-'));
    env = { KG_DATA_DIR: join(dir, 'store'), KG_BUFFER_POOL_MB: '64' };
    for (const [name, text] of Object.entries({ ...ARTICLES, ...LATER }))
      await writeFile(join(dir, name), text);
    const ingest = await cli(
      'ingest',
      ...Object.keys(ARTICLES).map((f) => join(dir, f)),
      '--date',
      '2022-03-01',
    );
    expect(ingest.code, ingest.err).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('should apply merge, reject and add at once, at later ingests and in a rebuild', async () => {
    const corrected = await withStore(async (store) => {
      const service = curationFor(store, env);
      const berlin = (await store.evidence('DEU__SANCTIONS__RUS'))![0]!.docId;
      const merge = await service.submit(
        {
          kind: 'merge',
          survivor: { id: 'emmanuel-macron', name: 'Emmanuel Macron' },
          merged: [{ id: 'olaf-scholz', name: 'Olaf Scholz' }],
        },
        { author: 'ana', why: 'test merge' },
      );
      expect(merge.reingested).toBe(2);
      const reject = await service.submit(
        {
          kind: 'reject',
          relation: { source: 'DEU', type: 'SANCTIONS', target: 'RUS' },
          reason: 'wrong-direction',
        },
        { author: 'ana' },
      );
      const text = (await store.getDocument(berlin))!.text;
      const sentence = 'Germany imposed sanctions on Russia on Monday.';
      const start = text.indexOf(sentence);
      await service.submit(
        {
          kind: 'add',
          relation: { source: 'RUS', type: 'THREATENS', target: 'DEU', negated: false },
          evidence: { docId: berlin, start, end: start + sentence.length },
        },
        { author: 'ana' },
      );

      expect(await store.getEntity('olaf-scholz')).toBeNull();
      const macron = (await store.getEntity('emmanuel-macron'))!;
      expect(macron.entity.aliases).toContain('Olaf Scholz');
      const ids = macron.relations.map((r) => r.id);
      expect(ids).toContain('emmanuel-macron__HOLDS_ROLE__DEU');
      expect(ids).not.toContain('emmanuel-macron__CONSULTS__emmanuel-macron');
      expect(await store.evidence('DEU__SANCTIONS__RUS')).toBeNull();
      const added = (await store.evidence('RUS__THREATENS__DEU'))!;
      expect(added.map((e) => e.text)).toEqual([sentence]);

      // conflicts: named after the earlier correction, nothing appended
      await expect(
        service.submit(
          {
            kind: 'merge',
            survivor: { id: 'olaf-scholz', name: 'Olaf Scholz' },
            merged: [{ id: 'emmanuel-macron', name: 'Emmanuel Macron' }],
          },
          {},
        ),
      ).rejects.toThrow(new RegExp(`merge cycle.*${merge.record.id}`));
      await expect(
        service.submit(
          { kind: 'confirm', relation: { source: 'DEU', type: 'SANCTIONS', target: 'RUS' } },
          {},
        ),
      ).rejects.toThrow(CorrectionConflictError);
      await expect(
        service.submit({ kind: 'rename', actor: { id: 'nobody', name: 'Nobody' }, name: 'X' }, {}),
      ).rejects.toThrow(CorrectionNotFoundError);
      expect(service.list().records).toHaveLength(3);
      expect(service.list().notes.relations['DEU__SANCTIONS__RUS']?.[0]?.text).toBe(
        'rejected: wrong direction (ana)',
      );
      expect(reject.record.author).toBe('ana');
      return snapshot(store);
    });

    // a later ingest mentioning the merged actor gives the survivor
    const later = await cli('ingest', join(dir, 'later.txt'), '--date', '2022-03-04');
    expect(later.code, later.err).toBe(0);
    const before = await withStore(async (store) => {
      expect(await store.getEntity('olaf-scholz')).toBeNull();
      expect(await store.evidence('emmanuel-macron__CRITICIZES__RUS')).toHaveLength(2);
      return snapshot(store);
    });
    expect(before.nodes).toEqual(corrected.nodes);

    // the database deleted, rebuilt from the document log and the corrections log
    for (const f of readdirSync(env.KG_DATA_DIR!))
      if (f.startsWith('graph.kuzu')) rmSync(join(env.KG_DATA_DIR!, f), { recursive: true });
    const repair = await cli('repair');
    expect(repair.code, repair.err).toBe(0);
    expect(await withStore(snapshot)).toEqual(before);

    const list = await cli('corrections', 'list');
    expect(list.code, list.out + list.err).toBe(0);
    expect(list.out).toMatch(
      /merge "Olaf Scholz" \(olaf-scholz\) into "Emmanuel Macron".*\[active\]/,
    );
    const precision = await cli('eval', '--corrections', '--json');
    expect(JSON.parse(precision.out).total).toMatchObject({ confirmed: 0, rejected: 1, added: 1 });
  });

  it('should undo a correction, and export and import the log into another store', async () => {
    const { records } = JSON.parse((await cli('corrections', 'list', '--json')).out) as {
      records: Array<{ record: { id: string; kind: string } }>;
    };
    const reject = records.find((r) => r.record.kind === 'reject')!.record.id;
    const undo = await cli('corrections', 'undo', reject, '--why', 'it did sanction');
    expect(undo.code, undo.err).toBe(0);
    await withStore(async (store) =>
      expect(await store.evidence('DEU__SANCTIONS__RUS')).toHaveLength(1),
    );
    const again = await cli('corrections', 'undo', reject);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(new RegExp(`${reject} was already undone by c-`));

    expect((await cli('corrections', 'export', '--out', 'team.json')).code).toBe(0);
    const other = { KG_DATA_DIR: join(dir, 'other'), KG_BUFFER_POOL_MB: '64' };
    const main = env;
    env = other;
    try {
      expect(
        (
          await cli(
            'ingest',
            ...Object.keys(ARTICLES).map((f) => join(dir, f)),
            '--date',
            '2022-03-01',
          )
        ).code,
      ).toBe(0);
      const imported = await cli('corrections', 'import', 'team.json');
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toMatch(/imported 4 correction\(s\) \(0 already in the log\)/);
      expect((await cli('corrections', 'import', 'team.json')).out).toMatch(
        /imported 0 correction\(s\) \(4 already/,
      );
      await withStore(async (store) => {
        expect(await store.getEntity('olaf-scholz')).toBeNull();
        expect(await store.evidence('RUS__THREATENS__DEU')).toHaveLength(1);
      });
      const gold = await cli('corrections', 'gold', '--out', 'gold');
      expect(gold.out).toMatch(/1 gold file\(s\) written/);

      // a correction whose actor is gone (another extractor, a hand-written record): stale
      const ghost = makeRecord(
        { kind: 'rename', actor: { id: 'ghost', name: 'Ghost' }, name: 'Spirit' },
        { author: 'ana' },
      );
      correctionsLogOf(env).append([ghost]);
      const list = await cli('corrections', 'list');
      expect(list.code).toBe(1);
      expect(list.out).toContain(
        `${ghost.id}  ${ghost.at.slice(0, 19)}  ana: rename "Ghost" (ghost) to "Spirit"  [stale: actor "Ghost" (ghost) is not in the graph]`,
      );
    } finally {
      env = main;
    }
  });
});
