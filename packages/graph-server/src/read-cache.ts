/**
 * A small LRU of serialised JSON responses for hot read endpoints. Entries expire after `ttlMs`
 * (covers writes made outside this server) and everything is dropped on ingest/delete.
 */
export interface ReadCache {
  get(key: string): string | undefined;
  set(key: string, body: string): void;
  clear(): void;
  readonly size: number;
}

/** Responses larger than this are not worth keeping. */
export const MAX_CACHED_BODY = 1_000_000;

export function createReadCache(maxEntries: number, ttlMs: number, now = Date.now): ReadCache {
  const entries = new Map<string, { body: string; expires: number }>();
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
    set(key, body) {
      if (maxEntries <= 0 || ttlMs <= 0 || body.length > MAX_CACHED_BODY) return;
      entries.delete(key);
      entries.set(key, { body, expires: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
