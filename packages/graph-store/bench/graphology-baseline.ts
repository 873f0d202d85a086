/** The same reads on an in-memory graphology graph of the exported store: the lower bound. */
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Subgraph } from '@kg/schema';
import type { Workload } from './bench-fixture';
import { fmt, timeEach } from './bench-util';
import type { Timing } from './bench-util';

export async function graphologyBaseline(
  all: Subgraph,
  w: Workload,
  log: (line: string) => void,
): Promise<Record<string, unknown>> {
  const t = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const g = new Graph({ multi: true, type: 'directed' });
  for (const n of all.nodes) g.addNode(n.id, { name: n.name, type: n.type });
  for (const e of all.edges)
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, confidence: e.confidence });
  const loadSeconds = (performance.now() - t) / 1000;
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);
  log(`graphology baseline: loaded in ${loadSeconds.toFixed(1)} s, ~${heapMb} MB heap`);
  const base: Record<string, Timing> = {};
  base.oneHop = await timeEach(w.picks, (id) =>
    g
      .edges(id)
      .map((e) => g.opposite(id, e))
      .slice(0, 200),
  );
  base.twoHop = await timeEach(w.picks.slice(0, 100), (id) => {
    const seen = new Set([id]);
    for (const n of g.neighbors(id)) {
      seen.add(n);
      for (const m of g.neighbors(n)) seen.add(m);
    }
    return seen.size;
  });
  base.path = await timeEach(w.pairs, ([a, b]) => bidirectional(g, a, b));
  const sortedNames = w.names
    .map((n, i) => [n.toLowerCase(), w.ids[i]] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  base.search = await timeEach(w.queries, (q) =>
    sortedNames.filter(([n]) => n.startsWith(q.toLowerCase())).slice(0, 10),
  );
  for (const k of Object.keys(base)) log(`graphology ${k}: ${fmt(base[k])}`);
  return { ...base, loadSeconds, heapMb };
}
