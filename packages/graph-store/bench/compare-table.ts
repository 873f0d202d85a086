/**
 * The side-by-side table (metric | embedded | neo4j) of a store bench `BENCH_JSON`; printed by
 * store-bench.ts and by `pnpm bench`'s summary (scripts/bench.ts).
 */
import type { Timing } from './bench-util';
import { isFigures, type StoreFigures, type StoreOutcome } from './store-figures';

type Json = Record<string, unknown>;
type Cell = (f: StoreFigures) => string | undefined;

/** Both columns of a combined BENCH_JSON (embedded is rebuilt from its top-level fields). */
export function columnsOf(json: Json): { embedded?: StoreOutcome; neo4j?: StoreOutcome } {
  const embedded =
    'ingest' in json
      ? ({ ...json, store: 'embedded', reads: json.kuzu } as unknown as StoreFigures)
      : (json.embedded as StoreOutcome | undefined);
  return { embedded, neo4j: json.neo4j as StoreOutcome | undefined };
}

const int = (n: number | undefined): string | undefined =>
  n === undefined ? undefined : Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const pp = (t: Timing | undefined): string | undefined => t && `${ms(t.p50)} / ${ms(t.p95)}`;
const sec = (n: number | undefined): string | undefined => n?.toFixed(n < 10 ? 2 : 1);

const ROWS: Array<[string, Cell]> = [
  [
    'bulk ingest, relations/s (wall)',
    (f) => `${int(f.ingest.bulkRelationsPerSec)} (${sec(f.ingest.bulkSeconds)} s)`,
  ],
  [
    'incremental ingest, relations/s (wall)',
    (f) => `${int(f.ingest.incrementalRelationsPerSec)} (${sec(f.ingest.incrementalSeconds)} s)`,
  ],
  [
    'stream, one transaction per article, relations/s',
    (f) => f.stream && int(f.stream.direct.relationsPerSec),
  ],
  ['  acknowledged p50 / p95, ms', (f) => f.stream && pp(f.stream.direct.latency)],
  ['stream, group commit, relations/s', (f) => f.stream && int(f.stream.grouped.relationsPerSec)],
  ['  acknowledged (visible) p50 / p95, ms', (f) => f.stream && pp(f.stream.grouped.latency)],
  ['re-ingest, all unchanged, s', (f) => sec(f.ingest.reingestSeconds)],
  ['1-hop p50 / p95, ms', (f) => pp(f.reads?.oneHop)],
  ['2-hop p50 / p95, ms', (f) => pp(f.reads?.twoHop)],
  ['paths p50 / p95, ms', (f) => pp(f.reads?.path)],
  ['search p50 / p95, ms', (f) => pp(f.reads?.search)],
  ['fuzzy search p50 / p95, ms', (f) => pp(f.reads?.fuzzySearch)],
  ['evidence p50 / p95, ms', (f) => pp(f.reads?.evidence)],
  ['exportAll, s', (f) => sec(f.exportSeconds)],
  ['peak RSS Node, MB', (f) => int(f.peakRssMb)],
  ['peak RSS JVM, MB', (f) => int(f.server?.jvmPeakRssMb)],
  ['idle server RSS (own process), MB', (f) => int(f.idleRssMb)],
  ['disk, MB', (f) => `${int(f.dbMb)}${f.server ? ` (+ ${int(f.server.txLogMb)} tx logs)` : ''}`],
];

function cell(outcome: StoreOutcome | undefined, get: Cell): string {
  if (!outcome) return '';
  if (!isFigures(outcome)) return outcome.skipped !== undefined ? 'skipped' : 'failed';
  return get(outcome) ?? '—';
}

/** The table as text lines (a column per store that was asked for), then notes per column. */
export function comparisonTable(json: Json): string[] {
  const cols = columnsOf(json);
  const present = (['embedded', 'neo4j'] as const).filter((s) => cols[s]);
  // runs before the engine seam have no `engine`: they ran on Kùzu
  const engine = typeof json.engine === 'string' ? json.engine : 'kuzu';
  const rows = [
    ['metric', ...present.map((s) => (s === 'embedded' ? `embedded (${engine})` : 'neo4j'))],
    ...ROWS.map(([name, get]) => [name, ...present.map((s) => cell(cols[s], get))]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]): string =>
    `| ${r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => '-'.repeat(w + 1) + (c === 0 ? '-' : ':')).join('|')}|`;
  const out = [line(rows[0]), rule, ...rows.slice(1).map(line)];
  for (const o of present.map((s) => cols[s])) {
    if (o && !isFigures(o))
      out.push(`${o.store} column ${o.skipped ? 'skipped' : 'failed'}: ${o.skipped ?? o.failed}`);
    if (isFigures(o) && o.server)
      out.push(
        `${o.store}: Neo4j ${o.server.version}, heap ${o.server.heap}, page cache ${o.server.pagecache}, ${o.server.batchDocuments} documents per write transaction, started in ${o.server.startMs} ms`,
      );
  }
  return out;
}
