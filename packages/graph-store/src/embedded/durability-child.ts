/**
 * Child process for the durability test: ingests the fixture world (committed), then a large
 * batch; inside that batch's transaction it reports progress and blocks so the parent can kill -9 it.
 * Usage: npx tsx durability-child.ts <dir>
 */
import { createEmbeddedStore } from './embedded-store';
import { worldFixture } from '../contract/fixtures';
import { durabilityBatch } from './durability-batch';

const dir = process.argv[2];
if (!dir) throw new Error('durability-child: pass the store directory');
const store = await createEmbeddedStore({ dir, bufferPoolSize: 256 * 1024 * 1024 });
const world = worldFixture();
await store.ingest(world.result, world.texts);
process.stdout.write('COMMITTED\n');
const big = durabilityBatch();
await store.ingest(big.result, big.texts, {
  onProgress: (done, total) => {
    process.stdout.write(`PROGRESS ${done}/${total}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  },
});
process.stdout.write('FINISHED\n');
await store.close();
