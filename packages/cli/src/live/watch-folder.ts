import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, relative } from 'node:path';
import { INPUT_EXTENSIONS, readInputs } from '@kg/extractor';
import { watch, type FSWatcher } from 'chokidar';
import type { SinkAnswer, WatchSink } from './watch-sink';

export interface WatchOptions {
  /** Skip the files already there; only new and changed files are ingested. */
  newOnly?: boolean;
  /** A removed file deletes the documents it gave (and a changed file its earlier ones). */
  deleteRemoved?: boolean;
  date?: string;
  /** Quiet time before a burst of events is processed (default 300 ms). */
  debounceMs?: number;
  /** The size must stay the same this long before a file is read (default 500 ms). */
  stableMs?: number;
  log: (line: string) => void;
}

export interface WatchSummary {
  files: number;
  unchanged: number;
  failed: number;
  removed: number;
  documents: number;
  relations: number;
  deletedDocuments: number;
  failures: Array<{ origin: string; message: string }>;
}

const SUPPORTED = new Set<string>(INPUT_EXTENSIONS);
const supported = (path: string) => SUPPORTED.has(extname(path).toLowerCase());
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Watches `folder` (recursively, with chokidar) and ingests supported files as they appear or
 * change: events are debounced, a file is read once its size is stable, and a save with the
 * same content (SHA-256) is skipped. `stop()` lets the file in progress finish, then resolves
 * the summary.
 */
export function watchFolder(folder: string, sink: WatchSink, options: WatchOptions) {
  const summary: WatchSummary = {
    files: 0,
    unchanged: 0,
    failed: 0,
    removed: 0,
    documents: 0,
    relations: 0,
    deletedDocuments: 0,
    failures: [],
  };
  const hashes = new Map<string, string>();
  const idsByFile = new Map<string, string[]>();
  const pending = new Map<string, 'upsert' | 'remove'>();
  const name = (path: string) => relative(folder, path) || basename(path);
  let timer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();

  const upsert = async (path: string) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      return; // gone again before we read it: its removal event follows
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (hashes.get(path) === hash) {
      summary.unchanged += 1;
      options.log(`unchanged: ${name(path)} (same content)`);
      return;
    }
    const { inputs, failures } = await readInputs([path], { date: options.date });
    const answer: Partial<SinkAnswer> & Pick<SinkAnswer, 'ids' | 'failures'> =
      inputs.length > 0 ? await sink.ingest(inputs) : { ids: [], failures: [] };
    const allFailures = [...failures, ...answer.failures];
    if (allFailures.length > 0 && answer.ids.length === 0) {
      summary.failed += 1;
      summary.failures.push(...allFailures);
      for (const f of allFailures) options.log(`failed: ${name(path)}: ${f.message}`);
      return;
    }
    hashes.set(path, hash);
    summary.files += 1;
    const added = answer.report ? answer.report.documents - answer.report.unchanged : 0;
    summary.documents += added;
    summary.relations += answer.report?.relations ?? 0;
    options.log(
      `ingested: ${name(path)}: ${plural(added, 'new document')}, ${plural(answer.report?.relations ?? 0, 'relation')}`,
    );
    const before = idsByFile.get(path) ?? [];
    idsByFile.set(path, answer.ids);
    const stale = before.filter((id) => !answer.ids.includes(id));
    if (stale.length > 0) await dropDocuments(path, stale, 'its earlier version');
  };

  const dropDocuments = async (path: string, ids: string[], what: string) => {
    if (!options.deleteRemoved) {
      options.log(
        `kept: ${plural(ids.length, 'document')} of ${what} (${name(path)}; --delete removes them)`,
      );
      return;
    }
    let n = 0;
    for (const id of ids) if (await sink.deleteDocument(id)) n += 1;
    summary.deletedDocuments += n;
    options.log(`deleted: ${plural(n, 'document')} of ${what} (${name(path)})`);
  };

  const remove = async (path: string) => {
    hashes.delete(path);
    summary.removed += 1;
    const ids = idsByFile.get(path);
    idsByFile.delete(path);
    if (!ids) {
      options.log(`removed: ${name(path)} (not ingested by this watch: nothing to delete)`);
      return;
    }
    options.log(`removed: ${name(path)}`);
    await dropDocuments(path, ids, 'the removed file');
  };

  const handle = async (path: string, what: 'upsert' | 'remove') => {
    try {
      await (what === 'upsert' ? upsert(path) : remove(path));
    } catch (error) {
      summary.failed += 1;
      const message = (error as Error).message;
      summary.failures.push({ origin: path, message });
      options.log(`failed: ${name(path)}: ${message}`);
    }
  };

  const flush = () => {
    timer = undefined;
    const batch = [...pending];
    pending.clear();
    queue = queue.then(async () => {
      for (const [path, what] of batch) await handle(path, what);
    });
  };

  const schedule = (path: string, what: 'upsert' | 'remove') => {
    if (!supported(path)) return;
    pending.set(path, what);
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 300);
  };

  const watcher: FSWatcher = watch(folder, {
    ignoreInitial: options.newOnly ?? false,
    ignored: (path) => basename(path).startsWith('.') && path !== folder,
    awaitWriteFinish: { stabilityThreshold: options.stableMs ?? 500, pollInterval: 100 },
  });
  watcher.on('add', (p) => schedule(p, 'upsert'));
  watcher.on('change', (p) => schedule(p, 'upsert'));
  watcher.on('unlink', (p) => schedule(p, 'remove'));
  watcher.on('error', (error) => options.log(`watcher error: ${(error as Error).message}`));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    /** Resolves once the initial scan is done (its files are queued). */
    ready,
    /** Resolves when everything queued so far is processed. */
    idle: async () => {
      await ready;
      for (;;) {
        const current = queue;
        await current;
        if (pending.size === 0 && queue === current && timer === undefined) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop(): Promise<WatchSummary> {
      await watcher.close();
      clearTimeout(timer);
      flush();
      await queue;
      return summary;
    },
  };
}

export function formatWatchSummary(s: WatchSummary): string {
  return (
    `kg watch: ${plural(s.files, 'file')} ingested (${s.documents} new documents, ${s.relations} relations), ` +
    `${s.unchanged} unchanged, ${s.failed} failed, ${s.removed} removed (${s.deletedDocuments} documents deleted)`
  );
}
