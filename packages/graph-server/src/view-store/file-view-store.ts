import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SavedViewRecordSchema, type SavedView, type SavedViewRecord } from '@kg/schema';
import { z } from 'zod';
import {
  DEFAULT_VIEW_STORE_LIMITS,
  ViewStoreCorruptError,
  ViewStoreFullError,
  ViewTooLargeError,
  type ViewStore,
  type ViewStoreLimits,
} from './view-store';

const FileSchema = z.object({ version: z.literal(1), views: z.array(SavedViewRecordSchema) });

/** 16 url-safe characters (96 random bits). */
/** Random base64url id that never starts with '-' (so `kg export --view ID` cannot read it as a flag). */
export const newViewId = (): string => {
  const id = randomBytes(12).toString('base64url');
  return id.startsWith('-') ? `v${id.slice(1)}` : id;
};

/**
 * Saved views in one JSON file: read once, kept in memory, every change written to a temp file
 * then renamed over the old one (atomic on POSIX), one write at a time.
 */
export function createFileViewStore(
  path: string,
  limits: Partial<ViewStoreLimits> = {},
): ViewStore {
  const max = { ...DEFAULT_VIEW_STORE_LIMITS, ...limits };
  let loaded: Promise<SavedViewRecord[]> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<SavedViewRecord[]> {
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    try {
      return FileSchema.parse(JSON.parse(raw)).views;
    } catch (err) {
      throw new ViewStoreCorruptError(`${path} is not a saved-view file; move it away`, {
        cause: err,
      });
    }
  }
  const views = () =>
    (loaded ??= load().catch((err) => ((loaded = undefined), Promise.reject(err))));

  async function persist(list: SavedViewRecord[]): Promise<void> {
    const body = JSON.stringify({ version: 1, views: list });
    if (Buffer.byteLength(body) > max.maxTotalBytes)
      throw new ViewStoreFullError(
        `saved views would exceed ${max.maxTotalBytes} bytes: delete some views first`,
      );
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${newViewId()}.tmp`;
    try {
      await writeFile(tmp, body, { mode: 0o600 });
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  /** Serialise mutations so concurrent requests never lose each other's writes. */
  function mutate<T>(fn: (list: SavedViewRecord[]) => Promise<T>): Promise<T> {
    const run = queue.then(async () => fn(await views()));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    async list() {
      return (await views()).map(({ id, name, title, createdAt }) => ({
        id,
        name,
        title,
        createdAt,
      }));
    },
    async get(id) {
      return (await views()).find((v) => v.id === id) ?? null;
    },
    create: (view: SavedView) =>
      mutate(async (list) => {
        if (list.length >= max.maxViews)
          throw new ViewStoreFullError(
            `the store already holds ${max.maxViews} views: delete some views first`,
          );
        const record: SavedViewRecord = {
          ...view,
          id: newViewId(),
          createdAt: new Date().toISOString(),
        };
        const bytes = Buffer.byteLength(JSON.stringify(record));
        if (bytes > max.maxViewBytes)
          throw new ViewTooLargeError(
            `the view is ${bytes} bytes, more than the ${max.maxViewBytes} allowed (fewer pinned positions?)`,
          );
        const next = [...list, record];
        await persist(next);
        loaded = Promise.resolve(next);
        return record;
      }),
    delete: (id) =>
      mutate(async (list) => {
        const next = list.filter((v) => v.id !== id);
        if (next.length === list.length) return false;
        await persist(next);
        loaded = Promise.resolve(next);
        return true;
      }),
  };
}
