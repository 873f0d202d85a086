import * as chrono from 'chrono-node';

export interface Header {
  /** Offset where the body starts. */
  bodyStart: number;
  date?: string;
  title?: string;
  source?: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/;
const pad = (n: number) => String(n).padStart(2, '0');
const HEADER_LINE = /^[ \t]*(date|title|source)[ \t]*:?[ \t]+/i;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const DATELINE =
  /^\s*([A-Z][A-Z.'\-/ ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?),?\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:\(([^)]{2,40})\))?\s*[-–—]+\s*/;

/** An ISO date from a header value ('2022-04-07', 'April 7, 2022'), else undefined. */
export function toIsoDate(value: string, ref?: Date): string | undefined {
  const iso = ISO.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const md = MONTH_DAY.exec(value.trim());
  if (md) {
    const month = MONTHS.indexOf(md[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(md[2]);
    const year = md[3] ? Number(md[3]) : (ref ?? new Date()).getFullYear();
    if (month > 0 && day >= 1 && day <= 31) return `${year}-${pad(month)}-${pad(day)}`;
  }
  const d = chrono.parseDate(value, ref ?? new Date(Date.UTC(2000, 0, 1)));
  return d ? formatDate(d) : undefined;
}

export function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Reads a leading 'date 2022-04-07' / 'date: ...' header, YAML front-matter, or a news dateline. */
export function readHeader(text: string, fallbackDate?: string): Header {
  const header: Header = { bodyStart: 0 };
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const kv = /^\s*(date|title|source|published)\s*:\s*["']?(.*?)["']?\s*$/i.exec(line);
      if (!kv) continue;
      const key = kv[1]!.toLowerCase();
      if (key === 'date' || key === 'published') header.date ??= toIsoDate(kv[2]!);
      else if (key === 'title') header.title = kv[2];
      else header.source = kv[2];
    }
    header.bodyStart = fm[0].length;
  }
  // Header lines: 'date 2022-04-07 ...' (possibly followed by the article on the same line).
  for (;;) {
    const rest = text.slice(header.bodyStart);
    const m = HEADER_LINE.exec(rest);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const valueStart = header.bodyStart + m[0].length;
    if (key === 'date') {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(text.slice(valueStart));
      const lineEnd = text.indexOf('\n', valueStart);
      if (!iso && !m[0].includes(':')) break;
      const value = iso ? iso[0] : text.slice(valueStart, lineEnd < 0 ? text.length : lineEnd);
      const date = toIsoDate(value);
      if (!date) break;
      header.date ??= date;
      header.bodyStart = skipSpace(text, valueStart + value.length);
    } else {
      if (!/:/.test(m[0])) break;
      const lineEnd = text.indexOf('\n', valueStart);
      const end = lineEnd < 0 ? text.length : lineEnd;
      header[key as 'title' | 'source'] ??= text.slice(valueStart, end).trim();
      header.bodyStart = skipSpace(text, end);
    }
  }
  const dl = DATELINE.exec(text.slice(header.bodyStart, header.bodyStart + 200));
  if (dl) {
    const ref = fallbackDate ?? header.date;
    const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date();
    const d = toIsoDate(dl[2]!, refDate);
    const past =
      d && !/\d{4}/.test(dl[2]!) && d > formatDate(refDate)
        ? `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`
        : d;
    header.date ??= past;
    if (dl[3]) header.source ??= dl[3].trim();
    header.bodyStart += dl[0].length;
  }
  return header;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}
