import {
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  writeSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { DOCUMENT_LOG_VERSION, type DocumentLogEntry, type DocumentLogPut } from '@kg/schema';
import { StoreError } from '../errors';
import { documentContentHash, type LoggedDocument } from './content-hash';
import { scanDocumentLog } from './read-log';
import { LogReplay } from './replay';

/** The document log's file name inside the data directory. */
export const DOCUMENT_LOG_FILE = 'documents.log.jsonl';

export const documentLogPath = (dataDir: string): string => join(dataDir, DOCUMENT_LOG_FILE);

/** Every live document of the log at `path`, in ingest order, and the reader's warnings. */
export function readLiveDocuments(path: string): {
  documents: DocumentLogPut[];
  warnings: string[];
  entries: number;
} {
  const replay = new LogReplay<DocumentLogPut>((put) => put);
  let entries = 0;
  const { warnings } = scanDocumentLog(path, (e, line) => {
    entries++;
    replay.apply(e, line);
  });
  return { documents: replay.live(), warnings, entries };
}

/** What one append wrote: `abort` takes it back when the store does not commit it. */
export interface LoggedBatch {
  batch: string;
  ids: string[];
}

/**
 * The append side of the log. Opening scans the file once to learn the live hash of every
 * document (so a document already logged with the same content is not appended again) and cuts
 * off a torn last line. Appends are one write and one fsync per call, done before the caller
 * writes the store. One writer at a time: the store's own lock keeps a second process out.
 */
export class DocumentLog {
  private constructor(
    readonly path: string,
    private readonly fd: number,
    readonly warnings: string[],
    private readonly hashes: LogReplay<string>,
    private lines: number,
  ) {}

  static open(dataDir: string): DocumentLog {
    const path = documentLogPath(dataDir);
    let fd: number;
    try {
      mkdirSync(dirname(path), { recursive: true });
      fd = openSync(path, 'a+');
      fsyncDir(dirname(path));
    } catch (err) {
      throw new StoreError('document-log', `cannot open ${path}: ${String(err)}`, { cause: err });
    }
    const hashes = new LogReplay<string>((put) => put.hash);
    let lines = 0;
    const scan = scanDocumentLog(path, (e, line) => {
      hashes.apply(e, line);
      lines = line;
    });
    if (scan.tornBytes > 0) {
      ftruncateSync(fd, scan.completeBytes);
      fsyncSync(fd);
    }
    return new DocumentLog(path, fd, scan.warnings, hashes, lines);
  }

  /** Live documents in the log. */
  get size(): number {
    return this.hashes.live().length;
  }

  /** Logged content hash of a live document. */
  hashOf(id: string): string | undefined {
    return this.hashes.get(id);
  }

  /** Appends the documents not already logged with this content, durably, as one batch. */
  append(docs: LoggedDocument[], now = new Date()): LoggedBatch {
    return this.appendBatches([docs], now)[0];
  }

  /**
   * Appends several batches (one per caller of a group commit) in one write and one fsync; each
   * keeps its own batch id, so each can be aborted alone.
   */
  appendBatches(batches: LoggedDocument[][], now = new Date()): LoggedBatch[] {
    const entries: DocumentLogPut[] = [];
    const out = batches.map((docs) => {
      const batch = this.putEntries(docs, now, entries);
      return { batch, ids: entries.filter((e) => e.batch === batch).map((e) => e.id) };
    });
    this.write(entries);
    return out;
  }

  /** Adds the put entries of one batch to `entries`; its batch id. */
  private putEntries(docs: LoggedDocument[], now: Date, entries: DocumentLogPut[]): string {
    const ingestedAt = now.toISOString();
    const batch = randomUUID();
    const pending = new Map<string, string>();
    for (const d of docs) {
      const hash = documentContentHash(d);
      if ((pending.get(d.id) ?? this.hashes.get(d.id)) === hash) continue;
      pending.set(d.id, hash);
      entries.push({
        v: DOCUMENT_LOG_VERSION,
        op: 'put',
        id: d.id,
        hash,
        ingestedAt,
        batch,
        ...(d.title === undefined ? {} : { title: d.title }),
        ...(d.date === undefined ? {} : { date: d.date }),
        ...(d.source === undefined ? {} : { source: d.source }),
        text: d.text,
      });
    }
    return batch;
  }

  /** Logs the deletion of a live document (nothing for an id the log does not hold). Durable. */
  delete(id: string, now = new Date()): LoggedBatch {
    const batch = randomUUID();
    if (this.hashes.get(id) === undefined) return { batch, ids: [] };
    this.write([
      { v: DOCUMENT_LOG_VERSION, op: 'delete', id, deletedAt: now.toISOString(), batch },
    ]);
    return { batch, ids: [id] };
  }

  /** Takes back a batch the store did not commit: its documents are as they were before. */
  abort(logged: LoggedBatch, reason: string, now = new Date()): void {
    if (!logged.ids.length) return;
    this.write([
      {
        v: DOCUMENT_LOG_VERSION,
        op: 'abort',
        batch: logged.batch,
        ids: logged.ids,
        abortedAt: now.toISOString(),
        reason: reason.slice(0, 2000),
      },
    ]);
  }

  close(): void {
    closeSync(this.fd);
  }

  private write(entries: DocumentLogEntry[]): void {
    if (!entries.length) return;
    const data = Buffer.from(`${entries.map((e) => JSON.stringify(e)).join('\n')}\n`, 'utf8');
    const before = fstatSync(this.fd).size;
    try {
      for (let done = 0; done < data.length; )
        done += writeSync(this.fd, data, done, data.length - done);
      fsyncSync(this.fd);
    } catch (err) {
      // a half-written line would sit in the middle of the next append: cut it off
      try {
        ftruncateSync(this.fd, before);
      } catch {
        /* the next open ignores a torn last line */
      }
      throw new StoreError(
        'document-log',
        `cannot append to ${this.path}: ${String(err)}; nothing was stored (free disk space or fix the file's permissions, then ingest again)`,
        { cause: err },
      );
    }
    for (const e of entries) this.hashes.apply(e, ++this.lines);
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
