import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationId } from '@kg/schema';
import { buildExtraction } from '../contract/fixtures';
import type { FixtureDocument, FixtureEntity } from '../contract/fixtures';
import type { GraphStore } from '../graph-store';
import { createEmbeddedStore } from './embedded-store';
import { PER_ROW_MAX } from './relation-writes';

/** Countries c0..cN; country i sanctions country i+1 (one type and label pair: one group). */
const N = PER_ROW_MAX * 3;
const COUNTRIES: FixtureEntity[] = Array.from({ length: N + 1 }, (_, i) => ({
  id: `c${i}`,
  name: `Country ${String.fromCharCode(65 + (i % 26))}${i}`,
  type: 'Country',
}));

/**
 * A document with one sentence per pair in [from, to): "A sanctions B." (worded by `verb`: two
 * documents with the same words would be one report, a syndicated copy).
 */
function sanctionsDoc(
  id: string,
  from: number,
  to: number,
  date: string,
  verb = 'sanctions',
): FixtureDocument {
  const sentences = [];
  for (let i = from; i < to; i++) {
    sentences.push({
      text: `${COUNTRIES[i].name} ${verb} ${COUNTRIES[i + 1].name}.`,
      mentions: [`c${i}`, `c${i + 1}`],
      relations: [{ source: `c${i}`, type: 'SANCTIONS' as const, target: `c${i + 1}`, date }],
    });
  }
  return { id, date, sentences };
}

const edge = (store: GraphStore, i: number) =>
  store
    .exportAll()
    .then((all) => all.edges.find((e) => e.id === relationId(`c${i}`, 'SANCTIONS', `c${i + 1}`)));

describe('relation-writes', () => {
  let store: GraphStore;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-relwrites-'));
    store = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
    // a first document so that later ingests are incremental (not a bulk load)
    const seed = buildExtraction(COUNTRIES, [sanctionsDoc('seed', 0, 1, '2022-01-01')]);
    await store.ingest(seed.result, seed.texts);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('#refreshRelations', () => {
    // small groups are written one statement per row, large ones with one UNWIND
    it.each([
      ['one statement per row', 2, 2 + Math.floor(PER_ROW_MAX / 2)],
      ['UNWIND', 2, N],
    ])('should create, update and delete edges of a group (%s)', async (_form, from, to) => {
      const a = buildExtraction(COUNTRIES, [sanctionsDoc('a', from, to, '2022-02-01')]);
      await store.ingest(a.result, a.texts);
      expect((await edge(store, from))?.count).toBe(1);
      // the same pairs again in another document: every edge updated, none duplicated
      const b = buildExtraction(COUNTRIES, [
        sanctionsDoc('b', from, to, '2022-03-01', 'imposes sanctions on'),
      ]);
      await store.ingest(b.result, b.texts);
      const all = await store.exportAll();
      expect(all.edges.length).toBe(1 + (to - from));
      for (let i = from; i < to; i++) {
        const e = await edge(store, i);
        expect(e).toMatchObject({ count: 2, firstDate: '2022-02-01', lastDate: '2022-03-01' });
      }
      // both documents gone: the group's edges are deleted, the seed edge stays
      await store.deleteDocument('a');
      expect((await edge(store, to - 1))?.count).toBe(1);
      await store.deleteDocument('b');
      expect((await store.exportAll()).edges.map((e) => e.id)).toEqual([
        relationId('c0', 'SANCTIONS', 'c1'),
      ]);
    });
  });
});
