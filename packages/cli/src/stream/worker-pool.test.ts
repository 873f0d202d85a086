import { describe, expect, it } from 'vitest';
import { createBatchExtractor } from './batch-extractor';

describe('worker pool', () => {
  it('should extract batches in worker threads as the main thread does', async () => {
    const inputs = [{ id: 'a', text: 'Russia attacked Ukraine on Monday.' }];
    const pool = createBatchExtractor(2);
    const local = createBatchExtractor(1);
    try {
      const [fromPool, fromMain] = [
        await pool.extract(inputs, {}),
        await local.extract(inputs, {}),
      ];
      expect(fromPool.result.relations.length).toBeGreaterThan(0);
      expect(fromPool).toEqual(fromMain);
    } finally {
      await pool.close();
    }
  }, 300_000);

  it('should reject, naming the pool, when a worker cannot start', async () => {
    const pool = createBatchExtractor(2, { nameTaggerModel: '/no/such/model.json' });
    try {
      await expect(pool.extract([{ text: 'Russia attacked Ukraine.' }], {})).rejects.toThrow(
        /@kg\/cli\/worker-pool: worker crashed/,
      );
      await expect(pool.extract([{ text: 'China met India.' }], {})).rejects.toThrow(/worker-pool/);
    } finally {
      await pool.close();
    }
  }, 300_000);
});
