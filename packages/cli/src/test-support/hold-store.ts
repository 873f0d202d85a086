/**
 * Child process for tests: opens the store of KG_DATA_DIR, ingests one small batch (so there is
 * a log), prints READY and holds the store open until killed.
 */
import { openStore } from '@kg/graph-store';
import { syntheticFixture } from '@kg/graph-store/contract';

const store = await openStore(process.env);
const f = syntheticFixture({ entities: 20, documents: 3, sentencesPerDocument: 2, seed: 1 });
await store.ingest(f.result, f.texts);
process.stdout.write('READY\n');
// the interval keeps `store` referenced: a store nothing refers to can be garbage-collected,
// and the engine's finaliser then closes the database and releases its lock
setInterval(() => void store, 1000);
