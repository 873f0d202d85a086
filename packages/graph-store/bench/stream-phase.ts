/**
 * The news-stream phase: article-sized batches (one document, ~15 relations each) from
 * concurrent callers into the loaded store. First a share of them straight to `ingest` (one
 * transaction per article: today's path), then the rest through `withIngestQueue` (group
 * commit). Per call: the time from the call to its acknowledgement, which is when its writes are
 * committed and visible to reads (the visibility latency).
 */
import type { Fixture } from '../src/contract/fixtures';
import type { GraphStore, IngestReport } from '../src/graph-store';
import { withIngestQueue, type IngestQueueOptions } from '../src/ingest-queue';
import type { GroupingStore } from '../src/ingest-queue';
import { cpuSec, fmt, percentiles, rssMb, type Timing } from './bench-util';

export interface StreamOptions extends IngestQueueOptions {
  /** Concurrent callers (each sends its next article once the previous is acknowledged). */
  callers: number;
}

export interface StreamRun {
  articles: number;
  relations: number;
  seconds: number;
  cpuSeconds: number;
  relationsPerSec: number;
  /** Call → acknowledgement (committed, visible), ms. */
  latency: Timing;
}

export interface StreamFigures extends StreamOptions {
  /** One transaction per article (no queue). */
  direct: StreamRun;
  /** Through the group-commit queue. */
  grouped: StreamRun;
}

async function feed(
  ingest: GraphStore['ingest'],
  articles: Fixture[],
  callers: number,
): Promise<StreamRun> {
  const samples: number[] = [];
  let relations = 0;
  let next = 0;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const caller = async (): Promise<void> => {
    while (next < articles.length) {
      const a = articles[next++];
      const t0 = performance.now();
      const report: IngestReport = await ingest(a.result, a.texts);
      samples.push(performance.now() - t0);
      relations += report.relations;
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  const seconds = (performance.now() - t) / 1000;
  return {
    articles: articles.length,
    relations,
    seconds,
    cpuSeconds: cpuSec(process.cpuUsage(cpu)),
    relationsPerSec: Math.round(relations / seconds),
    latency: percentiles(samples),
  };
}

const line = (name: string, r: StreamRun): string =>
  `stream ${name}: ${r.articles} articles, ${r.relations} relations in ${r.seconds.toFixed(2)} s (cpu ${r.cpuSeconds.toFixed(1)} s) = ${r.relationsPerSec} relations/s; acknowledged (visible) ${fmt(r.latency)} (rss ${rssMb()} MB)`;

/** `direct` articles one transaction each, then the rest grouped; both from `callers` callers. */
export async function streamPhase(
  store: GroupingStore,
  articles: Fixture[],
  direct: number,
  options: StreamOptions,
  log: (line: string) => void,
): Promise<StreamFigures> {
  const one = await feed(
    (r, t, o) => store.ingest(r, t, o),
    articles.slice(0, direct),
    options.callers,
  );
  log(line(`one transaction per article, ${options.callers} callers`, one));
  // not closed: closing the queue would close the store under it
  const queued = withIngestQueue(store, options);
  const grouped = await feed(queued.ingest, articles.slice(direct), options.callers);
  const how = `group commit (≤ ${options.maxRelations ?? 'default'} relations, ${options.maxDelayMs ?? 0} ms), ${options.callers} callers`;
  log(line(how, grouped));
  return { ...options, direct: one, grouped };
}
