import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeGraphStoreContract } from '../contract';
import { createEmbeddedStore } from './embedded-store';

describeGraphStoreContract('embedded (Kùzu)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
  const store = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
