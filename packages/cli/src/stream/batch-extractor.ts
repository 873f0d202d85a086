import { intFlag } from '../args';
import { availableParallelism } from 'node:os';
import {
  createExtractor,
  type DocumentInput,
  type ExtractOptions,
  type ExtractionOutput,
  type ExtractorOptions,
} from '@kg/extractor';
import { createWorkerPool } from './worker-pool';

/** What each extractor instance loads (serialisable: it is sent to the workers). */
export type ExtractorSetup = ExtractorOptions;

/** Extracts batches, in this thread or in worker threads. */
export interface BatchExtractor {
  readonly workers: number;
  extract(inputs: DocumentInput[], options: ExtractOptions): Promise<ExtractionOutput>;
  close(): Promise<void>;
}

/** Worker threads at most (each holds its own copy of the extractor's knowledge). */
export const MAX_WORKERS = 8;

/**
 * The threads `auto` goes up to: one core left to the main thread (reading, copying results,
 * the store), at least 1, at most MAX_WORKERS. On 2 cores that is 1: extraction stays in the main
 * thread (2 workers on 2 cores measured slower, see the README).
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/** Batches extracted in this thread before `auto` starts worker threads. */
export const AUTO_LOCAL_BATCHES = 4;

/**
 * `workers` 1: the extractor runs in this thread, one batch at a time (the single-threaded path).
 * `workers` ≥ 2: that many worker threads, each loading the extractor once.
 * `'auto'` (the default): the first AUTO_LOCAL_BATCHES batches in this thread, then, for a larger
 * input, `defaultWorkers()` threads: a small ingest pays no thread start-up. Every mode gives the
 * same output, batch for batch.
 */
export function createBatchExtractor(
  workers: number | 'auto',
  setup: ExtractorSetup = {},
): BatchExtractor {
  if (workers === 'auto') {
    const most = defaultWorkers();
    return most <= 1 ? inThread(setup) : localThenPool(most, setup);
  }
  return workers <= 1 ? inThread(setup) : createWorkerPool(workers, setup);
}

function inThread(setup: ExtractorSetup): BatchExtractor {
  let extractor: ReturnType<typeof createExtractor> | undefined;
  return {
    workers: 1,
    extract: async (inputs, options) =>
      (extractor ??= createExtractor(setup)).extract(inputs, options),
    close: async () => undefined,
  };
}

function localThenPool(workers: number, setup: ExtractorSetup): BatchExtractor {
  const local = inThread(setup);
  let pool: BatchExtractor | undefined;
  let calls = 0;
  return {
    workers,
    extract: (inputs, options) =>
      calls++ < AUTO_LOCAL_BATCHES
        ? local.extract(inputs, options)
        : (pool ??= createWorkerPool(workers, setup)).extract(inputs, options),
    close: async () => pool?.close(),
  };
}

/** `--workers N|auto` (default auto): a usage error names the command and the bounds. */
export function workersFlag(command: string, raw: string | undefined): number | 'auto' {
  return raw === undefined || raw === 'auto'
    ? 'auto'
    : intFlag(command, 'workers', raw, 1, 1, MAX_WORKERS);
}
