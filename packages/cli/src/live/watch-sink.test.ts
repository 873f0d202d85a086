import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type GraphStore } from '@kg/graph-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWatchSink } from './watch-sink';

describe('watch-sink', () => {
  let dir: string;
  let store: GraphStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-watch-sink-'));
    store = await openStore({ KG_DATA_DIR: dir, KG_BUFFER_POOL_MB: '64' });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('#createWatchSink (store)', () => {
    it('should extract and store documents, then delete them by id', async () => {
      const sink = createWatchSink({ kind: 'store', store }, { date: '2024-03-01' });
      expect(sink.where).toMatch(/store/);
      const text = 'Germany accused Poland of violating the border agreement, officials said.';
      const answer = await sink.ingest([{ text, origin: 'a.txt' }]);
      expect(answer.ids).toHaveLength(1);
      expect(answer.report).toMatchObject({ documents: 1, unchanged: 0 });
      expect(answer.report.relations).toBeGreaterThan(0);
      expect((await store.stats()).documents).toBe(1);
      expect(await sink.deleteDocument(answer.ids[0]!)).toBe(true);
      expect((await store.stats()).documents).toBe(0);
    });
  });
});
