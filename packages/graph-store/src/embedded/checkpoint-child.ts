/**
 * Child process for the checkpoint crash test: ingests small synthetic batches forever, each
 * followed by a checkpoint (KG_CHECKPOINT_WAL_BYTES is set low by the parent), and prints
 * `BATCH n` after each commit. The parent kills it with SIGKILL at a checkpoint instant.
 * Usage: npx tsx checkpoint-child.ts <dir>
 */
import { createEmbeddedStore } from './embedded-store';
import { checkpointBatch } from './durability-batch';

const dir = process.argv[2];
if (!dir) throw new Error('checkpoint-child: pass the store directory');
const store = await createEmbeddedStore({ dir, bufferPoolSize: 128 * 1024 * 1024 });
for (let n = 0; ; n++) {
  const batch = checkpointBatch(n);
  await store.ingest(batch.result, batch.texts);
  process.stdout.write(`BATCH ${n}\n`);
}
