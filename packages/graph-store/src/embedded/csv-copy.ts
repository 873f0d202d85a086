import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Bulk load through a temporary CSV file: Kùzu's CSV COPY skips the per-row cost of passing
 * `$rows` from JS. Only used into an empty store (COPY into non-empty tables degrades).
 * PARALLEL=false because quoted fields may contain newlines.
 */
export function copyCsv(
  session: KuzuSession,
  table: string,
  rows: CsvValue[][],
  options = '',
): void {
  if (!rows.length) return;
  const dir = mkdtempSync(join(tmpdir(), 'kg-copy-'));
  const file = join(dir, 'rows.csv');
  if (/['\\]/.test(file)) throw new Error(`csv-copy: unusable temporary path ${file}`);
  try {
    writeFileSync(file, rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n');
    const extra = options ? `, ${options}` : '';
    session.exec(`COPY ${table} FROM '${file}' (HEADER=false, PARALLEL=false, ESCAPE='"'${extra})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
