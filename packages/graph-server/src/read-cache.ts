/**
 * A small LRU of serialised responses for hot read endpoints. Entries expire after `ttlMs`
 * (covers writes made outside this server); `clear()` (on ingest/delete) drops everything and
 * bumps `generation`, so a read that started before the write cannot store a stale answer.
 */
export interface ReadCache<T extends { length: number } = Buffer> {
  get(key: string): T | undefined;
  /** Stores `body` unless the cache was cleared since `generation` was read. */
  set(key: string, body: T, generation?: number): void;
  clear(): void;
  readonly size: number;
  readonly generation: number;
}

/** Responses larger than this are not worth keeping. */
export const MAX_CACHED_BODY = 1_000_000;

export function createReadCache<T extends { length: number } = Buffer>(
  maxEntries: number,
  ttlMs: number,
  now = Date.now,
): ReadCache<T> {
  const entries = new Map<string, { body: T; expires: number }>();
  let generation = 0;
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, hit);
      return hit.body;
    },
    set(key, body, since = generation) {
      if (maxEntries <= 0 || ttlMs <= 0 || body.length > MAX_CACHED_BODY || since !== generation)
        return;
      entries.delete(key);
      entries.set(key, { body, expires: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    },
    clear() {
      entries.clear();
      generation += 1;
    },
    get size() {
      return entries.size;
    },
    get generation() {
      return generation;
    },
  };
}
