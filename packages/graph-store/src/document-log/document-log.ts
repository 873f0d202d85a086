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

/** The document log's file name inside the data directory. */
export const DOCUMENT_LOG_FILE = 'documents.log.jsonl';

export const documentLogPath = (dataDir: string): string => join(dataDir, DOCUMENT_LOG_FILE);

/** Replays entries in order: the live documents, each at the place of its last `put`. */
export class LiveDocuments {
  readonly byId = new Map<string, DocumentLogPut>();

  apply(entry: DocumentLogEntry): void {
    // delete then set: a document put again moves to the end, where the store saw it last
    this.byId.delete(entry.id);
    if (entry.op === 'put') this.byId.set(entry.id, entry);
  }
}

/** Every live document of the log at `path`, in ingest order, and the reader's warnings. */
export function readLiveDocuments(path: string): {
  documents: DocumentLogPut[];
  warnings: string[];
  entries: number;
} {
  const live = new LiveDocuments();
  let entries = 0;
  const { warnings } = scanDocumentLog(path, (e) => {
    entries++;
    live.apply(e);
  });
  return { documents: [...live.byId.values()], warnings, entries };
}

/**
 * The append side of the log. Opening scans the file once to learn the live hash of every
 * document (so a document already logged with the same content is not appended again) and cuts
 * off a torn last line. Appends are one write and one fsync per call, done before the caller
 * writes the store. One writer at a time: the store's own lock keeps a second process out.
 */
export class DocumentLog {
  private readonly hashes = new Map<string, string>();
  private constructor(
    readonly path: string,
    private readonly fd: number,
    readonly warnings: string[],
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
    const hashes = new Map<string, string>();
    const scan = scanDocumentLog(path, (e) => {
      if (e.op === 'put') hashes.set(e.id, e.hash);
      else hashes.delete(e.id);
    });
    if (scan.tornBytes > 0) {
      ftruncateSync(fd, scan.completeBytes);
      fsyncSync(fd);
    }
    const log = new DocumentLog(path, fd, scan.warnings);
    for (const [id, hash] of hashes) log.hashes.set(id, hash);
    return log;
  }

  /** Live documents in the log. */
  get size(): number {
    return this.hashes.size;
  }

  /** Logged content hash of a live document. */
  hashOf(id: string): string | undefined {
    return this.hashes.get(id);
  }

  /** Appends the documents not already logged with this content; returns how many. Durable. */
  append(docs: LoggedDocument[], now = new Date()): number {
    const ingestedAt = now.toISOString();
    const batch = randomUUID();
    const lines: string[] = [];
    const pending = new Map<string, string>();
    for (const d of docs) {
      const hash = documentContentHash(d);
      if ((pending.get(d.id) ?? this.hashes.get(d.id)) === hash) continue;
      pending.set(d.id, hash);
      const entry: DocumentLogPut = {
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
      };
      lines.push(JSON.stringify(entry));
    }
    this.write(lines);
    for (const [id, hash] of pending) this.hashes.set(id, hash);
    return lines.length;
  }

  /** Logs the deletion of a live document (nothing for an id the log does not hold). Durable. */
  delete(id: string, now = new Date()): boolean {
    if (!this.hashes.has(id)) return false;
    const entry: DocumentLogEntry = {
      v: DOCUMENT_LOG_VERSION,
      op: 'delete',
      id,
      deletedAt: now.toISOString(),
    };
    this.write([JSON.stringify(entry)]);
    this.hashes.delete(id);
    return true;
  }

  close(): void {
    closeSync(this.fd);
  }

  private write(lines: string[]): void {
    if (!lines.length) return;
    const data = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
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
