/**
 * Child process for the log crash test: ingests small synthetic batches forever through
 * `openStore` (so through the document log) and prints `BATCH n` once each is acknowledged.
 * The parent kills it with SIGKILL at some instant. Usage: npx tsx log-crash-child.ts <dir>
 */
import { openStore } from '../open-store';
import { checkpointBatch } from '../embedded/durability-batch';

const dir = process.argv[2];
if (!dir) throw new Error('log-crash-child: pass the data directory');
const store = await openStore({ KG_DATA_DIR: dir, KG_BUFFER_POOL_MB: '128' });
for (let n = 0; ; n++) {
  const batch = checkpointBatch(n);
  await store.ingest(batch.result, batch.texts);
  process.stdout.write(`BATCH ${n}\n`);
}
