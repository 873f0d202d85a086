import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationId } from '@kg/schema';
import { describeGraphStoreContract } from '../contract';
import {
  buildExtraction,
  WORLD_ENTITIES,
  worldDocuments,
  worldFixture,
} from '../contract/fixtures';
import { StoreInputError } from '../errors';
import type { GraphStore } from '../graph-store';
import { createEmbeddedStore, DATABASE_FILE } from './embedded-store';
import { KuzuSession } from './kuzu-session';

/** Each node's stored degree against the number of edge ends it has in the export. */
async function degreeMismatches(store: GraphStore): Promise<string[]> {
  const all = await store.exportAll();
  const ends = new Map<string, number>();
  for (const e of all.edges)
    for (const id of [e.source, e.target]) ends.set(id, (ends.get(id) ?? 0) + 1);
  return all.nodes
    .filter((n) => (n.degree ?? 0) !== (ends.get(n.id) ?? 0))
    .map((n) => `${n.id}: ${n.degree} != ${ends.get(n.id) ?? 0}`);
}

const open = async (): Promise<{ store: GraphStore; cleanup(): Promise<void> }> => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
  const store = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

describeGraphStoreContract('embedded (Kùzu)', open);

describe('embedded-store', () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await open());
    const { result, texts } = worldFixture();
    await store.ingest(result, texts);
  });
  afterEach(() => cleanup());

  describe('#ingest', () => {
    it('should refuse an entity id already stored under another type', async () => {
      const retyped = WORLD_ENTITIES.map((e) =>
        e.id === 'VLT' ? { ...e, type: 'Organization' as const } : e,
      );
      const docs = worldDocuments().map((d) => ({ ...d, id: `${d.id}-again` }));
      const { result, texts } = buildExtraction(retyped, docs);
      await expect(store.ingest(result, texts)).rejects.toThrow(StoreInputError);
      await expect(store.ingest(result, texts)).rejects.toThrow(/stored as Country/);
      expect((await store.stats()).documents).toBe(3);
    });
  });

  describe('#evidence', () => {
    it('should follow evidence added and removed by later documents', async () => {
      const id = relationId('VLT', 'SANCTIONS', 'OST');
      const docs = worldDocuments().map((d) => ({ ...d, id: `${d.id}-copy` }));
      const copy = buildExtraction(WORLD_ENTITIES, docs);
      await store.ingest(copy.result, copy.texts);
      expect(await store.evidence(id)).toHaveLength(4);
      for (const d of docs) await store.deleteDocument(d.id);
      expect(await store.evidence(id)).toHaveLength(2);
    });
  });

  describe('#deleteDocument', () => {
    it('should keep degrees equal to the edges through bulk, incremental writes and deletes', async () => {
      expect(await degreeMismatches(store)).toEqual([]);
      const docs = worldDocuments().map((d) => ({ ...d, id: `${d.id}-copy` }));
      const copy = buildExtraction(WORLD_ENTITIES, docs);
      await store.ingest(copy.result, copy.texts);
      expect(await degreeMismatches(store)).toEqual([]);
      for (const d of worldDocuments()) await store.deleteDocument(d.id);
      expect(await degreeMismatches(store)).toEqual([]);
      expect((await store.exportAll()).edges.length).toBeGreaterThan(0);
    });

    it("should store a claimed relation's claimant, also in a database written before claimants", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-embedded-claim-'));
      const path = join(dir, DATABASE_FILE);
      const claimants = () => {
        const raw = KuzuSession.open(path, 64 * 1024 * 1024, false);
        const rows = raw.exec(
          'MATCH (e:Evidence) WHERE e.claimant IS NOT NULL RETURN e.claimant AS c',
        );
        return { raw, list: rows.map((r) => r.c) };
      };
      try {
        const first = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
        const { result, texts } = worldFixture();
        const [claimed, ...rest] = result.relations;
        const edited = { ...claimed!, modality: 'claimed' as const, claimant: 'KRB' };
        await first.ingest({ ...result, relations: [edited, ...rest] }, texts); // bulk load
        const later = buildExtraction(WORLD_ENTITIES, [
          {
            id: 'doc-claim',
            sentences: [
              {
                text: 'Ostmark said Veltrania criticised Korbia.',
                mentions: ['OST', 'VLT', 'KRB'],
                relations: [{ source: 'VLT', type: 'CRITICIZES', target: 'KRB' }],
              },
            ],
          },
        ]);
        const said = {
          ...later.result.relations[0]!,
          modality: 'claimed' as const,
          claimant: 'OST',
        };
        await first.ingest({ ...later.result, relations: [said] }, later.texts); // incremental
        await first.close();
        const old = claimants();
        expect(old.list.sort()).toEqual([...edited.evidence.map(() => 'KRB'), 'OST']);
        old.raw.exec('ALTER TABLE Evidence DROP claimant');
        await old.raw.close();
        const reopened = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
        await reopened.close();
        const again = claimants();
        expect(again.list).toEqual([]);
        await again.raw.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('should build the per-document evidence lists of a database written before they existed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-embedded-old-'));
      try {
        const first = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
        const { result, texts } = worldFixture();
        await first.ingest(result, texts);
        await first.close();
        const raw = KuzuSession.open(join(dir, DATABASE_FILE), 64 * 1024 * 1024, false);
        raw.exec('DROP TABLE DocEvidence');
        await raw.close();
        const reopened = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
        const id = relationId('VLT', 'SANCTIONS', 'OST');
        const before = (await reopened.evidence(id))?.length ?? 0;
        const doc = worldDocuments()[0].id;
        expect(await reopened.deleteDocument(doc)).toBe(true);
        const after = (await reopened.evidence(id)) ?? [];
        expect(after.every((e) => e.docId !== doc)).toBe(true);
        expect(after.length).toBeLessThan(before);
        await reopened.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
