import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KuzuSession } from './kuzu-session';

export type CsvValue = string | number | boolean | null | undefined;

/** One CSV field: strings always quoted (so '' stays ''), absent values empty (NULL). */
export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  return String(v);
}

const BATCH_ROWS = 20_000;

/** Write rows to a CSV file in batches (no single huge string); true when no field holds a line break. */
export function writeCsv(file: string, rows: CsvValue[][]): boolean {
  const fd = openSync(file, 'w');
  let flat = true;
  try {
    for (let i = 0; i < rows.length; i += BATCH_ROWS) {
      let chunk = '';
      for (const r of rows.slice(i, i + BATCH_ROWS)) {
        for (let j = 0; j < r.length; j++) {
          const v = r[j];
          if (flat && typeof v === 'string' && /[\r\n]/.test(v)) flat = false;
          chunk += (j ? ',' : '') + csvField(v);
        }
        chunk += '\n';
      }
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return flat;
}

/**
 * Bulk load through a temporary CSV file: Kùzu's CSV COPY skips the per-row cost of passing
 * `$rows` from JS. Only used into an empty store (COPY into non-empty tables degrades).
 * PARALLEL=false only when a quoted field contains a line break (the parallel reader splits on
 * them). With `select`, the rows go through `COPY t FROM (LOAD FROM file RETURN select)` so
 * columns can be converted (`column0`, `column1`, ... all STRING; e.g. joined strings into lists).
 */
export function copyCsv(
  session: KuzuSession,
  table: string,
  rows: CsvValue[][],
  options = '',
  select?: string,
): void {
  if (!rows.length) return;
  const dir = mkdtempSync(join(tmpdir(), 'kg-copy-'));
  const file = join(dir, 'rows.csv');
  if (/['\\]/.test(file)) throw new Error(`csv-copy: unusable temporary path ${file}`);
  try {
    const flat = writeCsv(file, rows);
    const csv = `HEADER=false, PARALLEL=${flat ? 'true' : 'false'}, ESCAPE='"'`;
    if (select) {
      // explicit STRING columns: the sniffer parses '[{"role": ...}]' as a struct list
      const columns = rows[0].map((_, i) => `column${i} STRING`).join(', ');
      const load = `LOAD WITH HEADERS (${columns}) FROM '${file}' (${csv})`;
      session.exec(`COPY ${table} FROM (${load} RETURN ${select})`);
      return;
    }
    const extra = options ? `, ${options}` : '';
    session.exec(`COPY ${table} FROM '${file}' (${csv}${extra})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
