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
import { createEmbeddedStore } from './embedded-store';

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
});
