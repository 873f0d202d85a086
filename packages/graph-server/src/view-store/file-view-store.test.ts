import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewIdSchema } from '@kg/schema';
import { createFileViewStore, newViewId } from './file-view-store';
import { ViewStoreCorruptError, ViewStoreFullError } from './view-store';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-view-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const view = { name: 'v', state: { depth: 2 } };

describe('file-view-store', () => {
  describe('#createFileViewStore', () => {
    it('should start empty when the file does not exist yet', async () => {
      expect(await createFileViewStore(path.join(dir, 'none', 'views.json')).list()).toEqual([]);
    });

    it('should refuse a corrupt file and leave it untouched', async () => {
      const file = path.join(dir, 'corrupt.json');
      await writeFile(file, '{"version":1,"views":[{"id":1}]}');
      const store = createFileViewStore(file);
      await expect(store.list()).rejects.toBeInstanceOf(ViewStoreCorruptError);
      await expect(store.create(view)).rejects.toBeInstanceOf(ViewStoreCorruptError);
      expect(await readFile(file, 'utf8')).toBe('{"version":1,"views":[{"id":1}]}');
    });

    it('should refuse a view that would grow the file past its byte limit', async () => {
      const store = createFileViewStore(path.join(dir, 'small.json'), { maxTotalBytes: 300 });
      await store.create(view);
      await expect(store.create({ ...view, caption: 'x'.repeat(200) })).rejects.toBeInstanceOf(
        ViewStoreFullError,
      );
      expect(await store.list()).toHaveLength(1);
    });
  });
});

describe('newViewId', () => {
  it('should never start with "-" and always be a valid view id', () => {
    for (let i = 0; i < 2000; i++) {
      const id = newViewId();
      expect(id.startsWith('-')).toBe(false);
      expect(ViewIdSchema.safeParse(id).success).toBe(true);
    }
  });
});
