import type { EvidenceRow, Outlet } from '@kg/schema';

/** How an outlet is named: its source (a URL's host), else its title, else the document id. */
export function outletName(o: Outlet): string {
  if (o.source) {
    try {
      const u = new URL(o.source);
      if (u.protocol === 'http:' || u.protocol === 'https:')
        return u.hostname.replace(/^www\./, '');
    } catch {
      // not a URL: an outlet's name
    }
    return o.source;
  }
  return o.title ?? o.docId;
}

/** The distinct outlets that carried a report, in the store's order (its own document first). */
export function outletNames(row: Pick<EvidenceRow, 'outlets'>): string[] {
  return [...new Set((row.outlets ?? []).map(outletName))];
}

/** "reported by 3 outlets: A, B, C" for a syndicated report; undefined for a single outlet. */
export function outletsNote(row: Pick<EvidenceRow, 'outlets'>): string | undefined {
  const names = outletNames(row);
  return names.length > 1 ? `reported by ${names.length} outlets: ${names.join(', ')}` : undefined;
}
