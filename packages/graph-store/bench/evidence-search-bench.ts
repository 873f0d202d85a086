/**
 * GET /api/evidence/search on the embedded store: time of a search (CONTAINS scan over every
 * Evidence row, capped) on a synthetic store. `npx tsx packages/graph-store/bench/evidence-search-bench.ts [documents]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceSearchQuerySchema } from '@kg/schema';
import { syntheticFixture } from '../src/contract/synthetic';
import { createEmbeddedStore } from '../src/embedded';

const documents = Number(process.argv[2] ?? 2000);
const fixture = syntheticFixture({ entities: 2000, documents, sentencesPerDocument: 10, seed: 7 });
const dir = mkdtempSync(join(tmpdir(), 'kg-evsearch-'));
const store = await createEmbeddedStore({ dir });
try {
  await store.ingest(fixture.result, fixture.texts);
  const stats = await store.stats();
  const name = fixture.result.entities[3].name;
  for (const [label, q] of [
    ['one name (many hits)', name.split(' ')[0]],
    ['two words', `${name} ${fixture.result.entities[5].name.split(' ')[0]}`],
    ['no hit', 'zzzqqq'],
  ] as const) {
    const query = EvidenceSearchQuerySchema.parse({ q, limit: 20 });
    await store.searchEvidence(query);
    const runs = 5;
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < runs; i++) n = (await store.searchEvidence(query)).results.length;
    const ms = (performance.now() - t0) / runs;
    console.log(
      `${stats.evidence} evidence rows, ${label} "${q}": ${ms.toFixed(1)} ms (${n} hits)`,
    );
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
