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

export const LEGEND_W = 250;
export const LEGEND_ROW_H = 18;

export interface ReportFrame {
  width: number;
  height: number;
  /** Header band (title, caption) above the graph. */
  headerH: number;
  /** Top of the graph band (its height is the graph's). */
  graphTop: number;
  footerTop: number;
  legend: { x: number; y: number; w: number; h: number; rowH: number };
  /** First baseline of the report lines and their x. */
  text: { x: number; y: number };
}

/**
 * Report figure: header (title, caption) / graph / footer with the legend on the left and the
 * counts, date range and sources beside it (below it when narrow). Nothing covers the graph.
 */
export function frameLayout(o: {
  width: number;
  graphHeight: number;
  title?: string;
  caption?: string;
  legendItems: number;
  lines: number;
}): ReportFrame {
  const headerH = (o.title ? 36 : 0) + (o.caption ? 22 : 0) + (o.title || o.caption ? 8 : 0);
  const footerTop = headerH + o.graphHeight;
  const legendH = o.legendItems ? 12 + o.legendItems * LEGEND_ROW_H : 0;
  const linesH = o.lines * REPORT_LINE_H;
  const side = o.legendItems > 0 && o.width >= LEGEND_W + 320;
  const legend = {
    x: REPORT_PAD,
    y: footerTop + REPORT_PAD,
    w: LEGEND_W,
    h: legendH,
    rowH: LEGEND_ROW_H,
  };
  const text = side
    ? { x: REPORT_PAD * 2 + LEGEND_W, y: footerTop + REPORT_PAD + 12 }
    : { x: REPORT_PAD, y: footerTop + REPORT_PAD + (legendH ? legendH + REPORT_PAD : 0) + 12 };
  const body = side
    ? Math.max(legendH, linesH)
    : legendH + (legendH && linesH ? REPORT_PAD : 0) + linesH;
  const footerH = body ? body + 2 * REPORT_PAD : 0;
  return {
    width: o.width,
    height: footerTop + footerH,
    headerH,
    graphTop: headerH,
    footerTop,
    legend,
    text,
  };
}

/** Characters of report text that fit beside (or under) the legend. */
export function reportTextWidth(width: number): number {
  return width >= LEGEND_W + 320 ? width - LEGEND_W - REPORT_PAD : width;
}
