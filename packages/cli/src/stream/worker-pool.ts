import { Worker } from 'node:worker_threads';
import type { DocumentInput, ExtractOptions, ExtractionOutput } from '@kg/extractor';
import type { BatchExtractor, ExtractorSetup } from './batch-extractor';

const ENTRY = new URL('./extract-worker-boot.mjs', import.meta.url);

/**
 * Old-generation heap of each worker, in MB (KG_WORKER_HEAP_MB, default 384): V8 collects sooner
 * than with its default (a share of the machine's memory), which keeps the process near
 * 0.7–0.95 GB with 2 workers instead of 1.3 GB, at some cost in speed (see the README). The
 * extractor holds ~60 MB of knowledge and a batch of 50 articles peaks ~80 MB more; a batch too
 * big for it fails with "worker crashed".
 */
export function workerHeapMb(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.KG_WORKER_HEAP_MB);
  return Number.isInteger(mb) && mb >= 64 ? mb : DEFAULT_WORKER_HEAP_MB;
}

export const DEFAULT_WORKER_HEAP_MB = 384;

interface Task {
  id: number;
  inputs: DocumentInput[];
  options: ExtractOptions;
  resolve: (out: ExtractionOutput) => void;
  reject: (err: Error) => void;
}

type Reply = { ready: true } | { id: number; output?: ExtractionOutput; error?: string };

/**
 * A fixed pool of extractor worker threads, started at the first batch; tasks go to the first
 * idle worker in the order they came. A crashed worker fails every pending and later task.
 */
export function createWorkerPool(size: number, setup: ExtractorSetup): BatchExtractor {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Task>();
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.shift()!;
      const task = queue.shift()!;
      running.set(worker, task);
      worker.postMessage({ id: task.id, inputs: task.inputs, options: task.options });
    }
  };
  const fail = (err: Error) => {
    failure ??= err;
    for (const t of [...queue, ...running.values()]) t.reject(failure);
    queue.length = 0;
    running.clear();
  };

  const start = () => {
    const worker = new Worker(ENTRY, {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() },
    });
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        idle.push(worker);
        return dispatch();
      }
      const task = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (task && reply.output) task.resolve(reply.output);
      else task?.reject(new Error(`@kg/cli/worker-pool: extraction failed: ${reply.error}`));
      dispatch();
    });
    worker.on('error', (err) =>
      fail(new Error(`@kg/cli/worker-pool: worker crashed: ${err.message}`)),
    );
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`@kg/cli/worker-pool: worker exited with code ${code}`));
    });
    return worker;
  };
  let workers: Worker[] | undefined;
  let closing = false;

  return {
    workers: size,
    extract(inputs, options) {
      if (failure) return Promise.reject(failure);
      workers ??= Array.from({ length: size }, start); // at the first batch: no cost when none comes
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, inputs, options, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all((workers ?? []).map((w) => w.terminate()));
    },
  };
}
