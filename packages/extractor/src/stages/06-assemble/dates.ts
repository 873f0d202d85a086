import * as chrono from 'chrono-node';
import { formatDate } from '../01-intake/header';

const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|last|next|ago|earlier|later|week|month|year|(?:19|20)\d\d)|\d{1,2}[/.]\d{1,2}/i;
const YEAR_ONLY = /\b(?:in|since|during|by|until|early|late|mid-?)\s+((?:19|20)\d\d)\b(?!\s*[-/])/i;

/** The date a sentence states ('on Feb. 24', 'last month', 'In 2020'), resolved against the reference date. */
export function sentenceDate(text: string, reference?: string): string | undefined {
  if (!DATE_HINT.test(text)) return undefined;
  const ref = reference ? new Date(`${reference}T12:00:00`) : undefined;
  const results = chrono.parse(text, ref ?? new Date());
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month') && !s.isCertain('year')) continue;
    if (!ref && !s.isCertain('year')) continue;
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    return formatDate(s.date());
  }
  const y = YEAR_ONLY.exec(text);
  return y ? `${y[1]}-01-01` : undefined;
}
