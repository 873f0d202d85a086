import type { GraphStore, IngestOptions, IngestReport } from '../graph-store';
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { StoreInputError } from '../errors';
import { ingestOneByOne } from './group';
import type { GroupingStore, IngestPart, PartOutcome } from './group';

export interface IngestQueueOptions {
  /** A group is committed once it holds this many relations (default 5,000). */
  maxRelations?: number;
  /**
   * How long the first waiting call may wait for others to join before its group commits, in
   * ms (default 0: only calls that arrive while a commit is running are grouped).
   */
  maxDelayMs?: number;
}

export const DEFAULT_GROUP_RELATIONS = 5000;

interface Waiting {
  part: IngestPart;
  relations: number;
  since: number;
  done: (o: PartOutcome) => void;
}

/**
 * `store` with group commit: `ingest` calls are queued and committed together, one transaction
 * per group (`ingestGroup`), a group closing at `maxRelations` or after `maxDelayMs`. Each call
 * resolves only after the commit that holds it (acknowledged = durable and visible to reads) and
 * gets its own report or its own error: a failing part fails alone (see group-ingest.ts). Calls
 * keep their order; `deleteDocument` and `close` wait for the queued calls first. A store without
 * `ingestGroup` (Neo4j) runs the grouped calls one by one.
 */
export function withIngestQueue(
  store: GroupingStore,
  options: IngestQueueOptions = {},
): GraphStore {
  const maxRelations = options.maxRelations ?? DEFAULT_GROUP_RELATIONS;
  const maxDelayMs = options.maxDelayMs ?? 0;
  if (!(maxRelations >= 1) || !(maxDelayMs >= 0)) {
    throw new StoreInputError(
      'ingest-queue',
      `maxRelations must be ≥ 1 and maxDelayMs ≥ 0 (got ${maxRelations}, ${maxDelayMs})`,
    );
  }
  const waiting: Waiting[] = [];
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  const queued = (): number => waiting.reduce((n, w) => n + w.relations, 0);

  const commitNext = async (): Promise<void> => {
    const group: Waiting[] = [];
    let relations = 0;
    while (waiting.length && (!group.length || relations + waiting[0].relations <= maxRelations)) {
      const w = waiting.shift()!;
      relations += w.relations;
      group.push(w);
    }
    const parts = group.map((w) => w.part);
    let outcomes: PartOutcome[];
    try {
      outcomes = store.ingestGroup
        ? await store.ingestGroup(parts)
        : await ingestOneByOne(store, parts);
    } catch (error) {
      outcomes = parts.map(() => ({ ok: false, error }));
    }
    group.forEach((w, i) => w.done(outcomes[i]));
  };

  /** Starts a commit when none runs and the oldest call has waited enough (or the group is full). */
  const schedule = (): void => {
    if (running || !waiting.length) return;
    const wait = waiting[0].since + maxDelayMs - performance.now();
    if (wait > 0 && queued() < maxRelations) {
      timer ??= setTimeout(() => {
        timer = undefined;
        schedule();
      }, wait);
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    running = commitNext().finally(() => {
      running = null;
      schedule();
    });
  };

  const ingest = (
    result: ExtractionResult,
    texts: DocumentText[],
    opts?: IngestOptions,
  ): Promise<IngestReport> =>
    new Promise((resolve, reject) => {
      waiting.push({
        part: { result, texts, options: opts },
        relations: Array.isArray(result?.relations) ? result.relations.length : 0,
        since: performance.now(),
        done: (o) => (o.ok ? resolve(o.report) : reject(o.error)),
      });
      // let calls made in the same tick join before the first commit starts
      setImmediate(schedule);
    });

  /** Resolves once every call queued so far has been committed (or failed). */
  const drain = async (): Promise<void> => {
    while (running || waiting.length) {
      if (!running) {
        clearTimeout(timer);
        timer = undefined;
        running = commitNext().finally(() => {
          running = null;
        });
      }
      await running;
    }
    schedule();
  };

  const { ingestGroup: _inner, ...rest } = store;
  return {
    ...rest,
    ingest,
    deleteDocument: async (docId) => {
      await drain();
      return store.deleteDocument(docId);
    },
    close: async () => {
      await drain();
      await store.close();
    },
  };
}
