/** A column of a data table: how to show, sort and search one field of a row. */
export interface Column<R> {
  key: string;
  label: string;
  value(row: R): string | number | boolean | undefined;
  /** Numbers are right-aligned and sort descending first. */
  numeric?: boolean;
}

export interface TableQuery {
  text: string;
  /** Only rows of this type ('' = all). */
  type: string;
  sort: string;
  descending: boolean;
  page: number;
  pageSize: number;
}

export interface TablePage<R> {
  rows: R[];
  /** Rows that pass the text and type filters. */
  matched: number;
  page: number;
  pages: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Missing values sort last in either direction. */
export function compareValues(
  a: string | number | boolean | undefined,
  b: string | number | boolean | undefined,
): number {
  if (a === undefined || a === '') return b === undefined || b === '' ? 0 : 1;
  if (b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Filter (every word of `text` in some column, case-insensitive; `type` by `typeOf`), sort by a
 * column (ties in input order) and cut one page. A page past the end is clamped to the last.
 */
export function queryTable<R>(
  rows: readonly R[],
  columns: ReadonlyArray<Column<R>>,
  q: TableQuery,
  typeOf: (row: R) => string,
): TablePage<R> {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = (r: R) =>
    columns
      .map((c) => c.value(r))
      .filter((v) => typeof v === 'string')
      .join('\u0000')
      .toLowerCase();
  const kept = rows.filter((r) => {
    if (q.type && typeOf(r) !== q.type) return false;
    if (!words.length) return true;
    const text = haystack(r);
    return words.every((w) => text.includes(w));
  });
  const col = columns.find((c) => c.key === q.sort);
  if (col) {
    const dir = q.descending ? -1 : 1;
    const index = new Map(kept.map((r, i) => [r, i]));
    kept.sort((a, b) => {
      const va = col.value(a);
      const vb = col.value(b);
      const missing = va === undefined || va === '' || vb === undefined || vb === '';
      const c = compareValues(va, vb);
      return (missing ? c : c * dir) || index.get(a)! - index.get(b)!;
    });
  }
  const pages = Math.max(1, Math.ceil(kept.length / q.pageSize));
  const page = Math.min(Math.max(0, q.page), pages - 1);
  return {
    rows: kept.slice(page * q.pageSize, (page + 1) * q.pageSize),
    matched: kept.length,
    page,
    pages,
  };
}
