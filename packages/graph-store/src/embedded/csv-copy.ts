import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync, writevSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KuzuSession } from './kuzu-session';

const CHUNK_CHARS = 1 << 20;

/**
 * CSV rows built in place: fields appended to a string chunk, chunks turned into Buffers at ~1 MB
 * and written with one `writev` (no per-row arrays or strings). Strings are always quoted (so ''
 * stays '' and is not NULL); absent values are empty fields (NULL).
 */
export class CsvRows {
  rows = 0;
  /** False once a string field holds a line break (Kùzu's parallel reader splits on them). */
  flat = true;
  private readonly parts: Buffer[] = [];
  private chunk = '';
  private sep = '';

  str(v: string | null | undefined): this {
    if (v === null || v === undefined) return this.raw('');
    if (this.flat && (v.includes('\n') || v.includes('\r'))) this.flat = false;
    return this.raw(v.includes('"') ? `"${v.replaceAll('"', '""')}"` : `"${v}"`);
  }

  /** A string that is NULL when empty. */
  opt(v: string | null | undefined): this {
    return this.str(v || null);
  }

  num(v: number | null | undefined): this {
    return this.raw(v === null || v === undefined ? '' : String(v));
  }

  bool(v: boolean): this {
    return this.raw(v ? 'true' : 'false');
  }

  end(): void {
    this.chunk += '\n';
    this.sep = '';
    this.rows++;
    if (this.chunk.length >= CHUNK_CHARS) this.flush();
  }

  /** Write everything to `file` with one `writev`. */
  writeTo(file: string): void {
    this.flush();
    const fd = openSync(file, 'w');
    try {
      writevSync(fd, this.parts);
    } finally {
      closeSync(fd);
    }
  }

  private raw(field: string): this {
    this.chunk += this.sep + field;
    this.sep = ',';
    return this;
  }

  private flush(): void {
    if (this.chunk) this.parts.push(Buffer.from(this.chunk, 'utf8'));
    this.chunk = '';
  }
}

/**
 * Bulk load through temporary CSV files (one directory per load, removed by `close`): Kùzu's
 * CSV COPY skips the per-row cost of passing `$rows` from JS. Only used into an empty store
 * (COPY into non-empty tables degrades). PARALLEL=false only when a quoted field contains a line
 * break. With `select`, rows go through `COPY t FROM (LOAD FROM file RETURN select)` so columns
 * can be converted (`column0`, `column1`, ... all STRING; e.g. joined strings into lists).
 */
export class CsvStage {
  private dir: string | undefined;
  private n = 0;

  constructor(private readonly session: KuzuSession) {}

  copy(table: string, csv: CsvRows, options = '', select?: { columns: number; expr: string }) {
    if (!csv.rows) return;
    this.dir ??= mkdtempSync(join(tmpdir(), 'kg-copy-'));
    const file = join(this.dir, `${this.n++}.csv`);
    if (/['\\]/.test(file)) throw new Error(`csv-copy: unusable temporary path ${file}`);
    csv.writeTo(file);
    try {
      const opts = `HEADER=false, PARALLEL=${csv.flat ? 'true' : 'false'}, ESCAPE='"'`;
      if (select) {
        // explicit STRING columns: the sniffer parses '[{"role": ...}]' as a struct list
        const cols = Array.from({ length: select.columns }, (_, i) => `column${i} STRING`);
        const load = `LOAD WITH HEADERS (${cols.join(', ')}) FROM '${file}' (${opts})`;
        this.session.exec(`COPY ${table} FROM (${load} RETURN ${select.expr})`);
      } else {
        this.session.exec(`COPY ${table} FROM '${file}' (${opts}${options ? `, ${options}` : ''})`);
      }
    } finally {
      unlinkSync(file);
    }
  }

  close(): void {
    if (this.dir) rmdirSync(this.dir);
    this.dir = undefined;
  }
}
