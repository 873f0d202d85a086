import { mkdtempSync, rmSync, existsSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestQueueOf, openStore } from './open-store';
import { StoreInputError, StoreUnavailableError } from './errors';
import { checkpointBatch } from './embedded/durability-batch';
import { documentLogPath, readLiveDocuments } from './document-log';

describe('open-store', () => {
  describe('#ingestQueueOf', () => {
    it.each([
      [{}, { maxRelations: undefined, maxDelayMs: undefined }],
      [
        { KG_INGEST_GROUP_RELATIONS: '2000', KG_INGEST_GROUP_MS: '50' },
        { maxRelations: 2000, maxDelayMs: 50 },
      ],
      [{ KG_INGEST_GROUP_MS: '0' }, { maxRelations: undefined, maxDelayMs: 0 }],
    ])('should read %j', (env, expected) => {
      expect(ingestQueueOf(env)).toEqual(expected);
    });

    it.each([{ KG_INGEST_GROUP_RELATIONS: '0' }, { KG_INGEST_GROUP_MS: 'soon' }])(
      'should refuse %j naming the variable',
      (env) => {
        expect(() => ingestQueueOf(env)).toThrow(StoreInputError);
        expect(() => ingestQueueOf(env)).toThrow(Object.keys(env)[0]);
      },
    );
  });

  describe('#openStore', () => {
    it('should open the embedded store in KG_DATA_DIR, creating it', async () => {
      const root = mkdtempSync(join(tmpdir(), 'kg-open-'));
      const dir = join(root, 'nested', 'data');
      const store = await openStore({ KG_DATA_DIR: dir, KG_BUFFER_POOL_MB: '64' });
      try {
        expect(store.dialect).toBe('kuzu');
        expect(await store.ping()).toBe(true);
        expect(existsSync(dir)).toBe(true);
        await store.stats();
        // reads never open (nor scan) the document log
        expect(existsSync(documentLogPath(dir))).toBe(false);
      } finally {
        await store.close();
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('should log each document before storing it, and its deletion', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-open-log-'));
      const env = { KG_DATA_DIR: dir, KG_BUFFER_POOL_MB: '64' };
      const batch = checkpointBatch(0);
      const store = await openStore(env);
      try {
        await store.ingest(batch.result, batch.texts);
        await store.ingest(batch.result, batch.texts);
        expect(await store.deleteDocument(batch.texts[0].id)).toBe(true);
      } finally {
        await store.close();
      }
      const live = readLiveDocuments(documentLogPath(dir));
      // 20 puts (the second ingest is a no-op for the log) and one delete
      expect(live.entries).toBe(batch.texts.length + 1);
      expect(live.documents.map((d) => d.id)).toEqual(batch.texts.slice(1).map((t) => t.id));
      rmSync(dir, { recursive: true, force: true });
    });

    it('should suggest `kg repair` when the database is damaged, not another process', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-open-bad-'));
      const env = { KG_DATA_DIR: dir, KG_BUFFER_POOL_MB: '64' };
      const batch = checkpointBatch(1);
      const store = await openStore(env);
      await store.ingest(batch.result, batch.texts);
      await store.close();
      const db = join(dir, 'graph.kuzu');
      truncateSync(db, Math.floor(statSync(db).size / 2));
      const err = await openStore(env).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toMatch(/damaged: `kg repair` rebuilds the store/);
      expect((err as Error).message).not.toMatch(/another process/);
      rmSync(dir, { recursive: true, force: true });
    });

    it('should say what to check when no Neo4j answers at NEO4J_URI', async () => {
      const err = await openStore({ NEO4J_URI: 'bolt://127.0.0.1:1' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toMatch(
        /no Neo4j answers at bolt:\/\/127\.0\.0\.1:1.*NEO4J_URI/,
      );
    });
  });
});
