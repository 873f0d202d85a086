/** What a PNG/SVG export says below the graph so a report can cite it. */
export interface ReportMeta {
  actors: number;
  relations: number;
  /** Earliest firstDate and latest lastDate of the relations shown. */
  dateRange?: { from: string; to: string };
  /** Documents behind the relations shown, oldest first. */
  sources: Array<{ id: string; title?: string; date?: string }>;
}

export interface ReportLine {
  text: string;
  bold?: boolean;
}

export const REPORT_LINE_H = 16;
export const REPORT_PAD = 12;
export const MAX_SOURCE_LINES = 8;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The footer's lines: counts and date range, then "Sources" (titles, else ids, with dates). */
export function reportLines(meta: ReportMeta, width: number): ReportLine[] {
  const max = Math.max(20, Math.floor((width - 2 * REPORT_PAD) / 6.2));
  const range = meta.dateRange
    ? meta.dateRange.from === meta.dateRange.to
      ? `relations dated ${meta.dateRange.from}`
      : `relations dated ${meta.dateRange.from} – ${meta.dateRange.to}`
    : 'relations undated';
  const lines: ReportLine[] = [
    { text: clip(`${meta.actors} actors · ${meta.relations} ${range}`, max) },
  ];
  if (!meta.sources.length) return lines;
  lines.push({ text: `Sources (${meta.sources.length})`, bold: true });
  const shown = meta.sources.length > MAX_SOURCE_LINES ? MAX_SOURCE_LINES - 1 : MAX_SOURCE_LINES;
  for (const s of meta.sources.slice(0, shown))
    lines.push({ text: clip(`• ${s.title || s.id}${s.date ? ` (${s.date})` : ''}`, max) });
  if (meta.sources.length > shown)
    lines.push({ text: `… and ${meta.sources.length - shown} more documents` });
  return lines;
}

/** Height of the footer band holding `lines`. */
export function reportHeight(lines: ReportLine[]): number {
  return lines.length ? 2 * REPORT_PAD + lines.length * REPORT_LINE_H : 0;
}
