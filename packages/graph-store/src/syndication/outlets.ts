import type { EvidenceRow, Outlet } from '@kg/schema';

/** Fields of a stored document, as the adapters read them. */
export interface OutletDoc {
  docId: string;
  source?: string;
  title?: string;
  date?: string;
}

const outlet = (d: OutletDoc): Outlet => {
  const o: Outlet = { docId: d.docId };
  if (d.source) o.source = d.source;
  if (d.title) o.title = d.title;
  if (d.date) o.date = d.date;
  return o;
};

/**
 * Adds `outlets` to the rows whose document has syndicated copies: the row's own document
 * first, then its copies by date and id. Rows of documents without copies are left as they are.
 */
export function withOutlets(rows: EvidenceRow[], copies: Map<string, OutletDoc[]>): EvidenceRow[] {
  return rows.map((row) => {
    const list = copies.get(row.docId);
    if (!list?.length) return row;
    const own = outlet({
      docId: row.docId,
      source: row.docSource,
      title: row.docTitle,
      date: row.docDate,
    });
    const sorted = [...list].sort(
      (a, b) =>
        (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.docId.localeCompare(b.docId),
    );
    return { ...row, outlets: [own, ...sorted.map(outlet)] };
  });
}
