import type { DocumentLogEntry, DocumentLogPut } from '@kg/schema';

/** Versions kept per document, so that an `abort` can take back the latest ones. */
const KEPT_VERSIONS = 8;

interface Version<T> {
  batch: string;
  line: number;
  /** undefined: deleted. */
  value?: T;
}

/**
 * Replays log entries in order. A document's state is its last `put` or `delete`; an `abort`
 * removes the lines of its batch for its ids, so each is back to its version before (the last
 * 8 versions of a document are kept: an abort follows its own batch within one ingest). `live()`
 * lists the documents whose state is a `put`, in the order of those lines.
 */
export class LogReplay<T> {
  private readonly versions = new Map<string, Array<Version<T>>>();

  constructor(private readonly valueOf: (put: DocumentLogPut) => T) {}

  apply(entry: DocumentLogEntry, line: number): void {
    if (entry.op === 'abort') {
      for (const id of entry.ids) {
        const kept = (this.versions.get(id) ?? []).filter((v) => v.batch !== entry.batch);
        if (kept.length) this.versions.set(id, kept);
        else this.versions.delete(id);
      }
      return;
    }
    const version: Version<T> = {
      batch: entry.batch,
      line,
      value: entry.op === 'put' ? this.valueOf(entry) : undefined,
    };
    const list = this.versions.get(entry.id);
    if (!list) this.versions.set(entry.id, [version]);
    else {
      list.push(version);
      if (list.length > KEPT_VERSIONS) list.shift();
    }
  }

  /** The current value of a live document. */
  get(id: string): T | undefined {
    return this.versions.get(id)?.at(-1)?.value;
  }

  live(): T[] {
    const out: Array<{ line: number; value: T }> = [];
    for (const list of this.versions.values()) {
      const top = list.at(-1);
      if (top?.value !== undefined) out.push({ line: top.line, value: top.value });
    }
    return out.sort((a, b) => a.line - b.line).map((x) => x.value);
  }
}
