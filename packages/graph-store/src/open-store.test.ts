import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { StoreUnavailableError } from './errors';

describe('open-store', () => {
  describe('#openStore', () => {
    it('should open the embedded store in KG_DATA_DIR, creating it', async () => {
      const root = mkdtempSync(join(tmpdir(), 'kg-open-'));
      const dir = join(root, 'nested', 'data');
      const store = await openStore({ KG_DATA_DIR: dir, KG_BUFFER_POOL_MB: '64' });
      try {
        expect(store.dialect).toBe('kuzu');
        expect(await store.ping()).toBe(true);
        expect(existsSync(dir)).toBe(true);
      } finally {
        await store.close();
        rmSync(root, { recursive: true, force: true });
      }
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
