/**
 * What a server idling on a store holds: `npx tsx idle-rss.ts <store dir>` opens the store as
 * `kg serve` does (openStore: default buffer pool, document log), answers one search and one
 * neighbourhood (the read projection is loaded), waits 2 s and prints `IDLE_RSS_JSON {...}`:
 * RSS now and its peak, in MB. run-embedded.ts runs it in its own process after the bench.
 */
import { NeighborhoodQuerySchema, SearchQuerySchema } from '@kg/schema';
import { openStore } from '../src/open-store';
import { peakRssMb, rssMb } from './bench-util';

const dir = process.argv[2];
if (!dir) {
  console.error('idle-rss: pass the store directory');
  process.exit(2);
}
const store = await openStore({ ...process.env, KG_DATA_DIR: dir, NEO4J_URI: '' });
const hits = await store.search(SearchQuerySchema.parse({ q: 'a', limit: 5 }));
if (hits[0]) await store.neighborhood(hits[0].id, NeighborhoodQuerySchema.parse({ depth: 1 }));
await new Promise((r) => setTimeout(r, 2000));
console.log(`IDLE_RSS_JSON ${JSON.stringify({ rssMb: rssMb(), peakRssMb: peakRssMb() })}`);
await store.close();
