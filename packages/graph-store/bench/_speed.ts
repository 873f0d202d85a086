import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '../src/embedded';
import { kuzuProfile } from '../src/embedded/kuzu-session';
import { syntheticFixture } from '../src/contract/synthetic';
const store = await createEmbeddedStore({ dir: mkdtempSync(join(tmpdir(), 'kg-speed-')), bufferPoolSize: 1024 << 20 });
for (const [seed, docs] of [[42, 10], [43, 10], [44, 100], [45, 100]]) {
  const f = syntheticFixture({ entities: 2000, documents: docs, sentencesPerDocument: 20, seed });
  const t = performance.now();
  const r = await store.ingest(f.result, f.texts);
  console.log(seed, r.relations, r.replaced, ((performance.now() - t) / 1000).toFixed(2), 's', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB');
  for (const p of kuzuProfile().slice(0, 3)) console.log('   ', p.n, p.ms.toFixed(0), p.cypher.slice(0, 100));
}
await store.close();
