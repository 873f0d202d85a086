import * as chrono from 'chrono-node';
import { DAY_NAMES, MONTH_NAMES } from '../../util/calendar-words';
import { formatDate } from '../01-intake/header';

const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|last|next|ago|earlier|(?:19|20)\d\d)|\d{1,2}[/.]\d{1,2}/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?/i;
const DAY_MONTH =
  /\b(\d{1,2})\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+((?:19|20)\d\d))?/i;
const WEEKDAY = new RegExp(`\\b(?:on|last|this)\\s+(${DAY_NAMES.join('|')})\\b`, 'i');
const RELATIVE =
  /\b(yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|(\d+|a|one|two|three) (days?|weeks?|months?|years?) ago)\b/i;
const MONTH_ONLY = new RegExp(
  `\\b(?:in|since|during|early|late|mid-?|until|by)\\s+(${MONTH_NAMES.join('|')})\\b(?:\\s+((?:19|20)\\d\\d))?`,
  'i',
);
const NUMERIC = /\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b/;
const YEAR_ONLY = /\b(?:in|since|during|by|until|early|late|mid-?)\s+((?:19|20)\d\d)\b(?!\s*[-/])/i;
const NUM: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * The date a sentence states ('on Feb. 24', 'on Tuesday', 'last month', 'In 2020'), resolved against the
 * reference date. Common news forms are parsed directly; chrono-node handles the rest.
 */
export function sentenceDate(text: string, reference?: string): string | undefined {
  if (!DATE_HINT.test(text)) return undefined;
  const ref = reference ? new Date(`${reference}T12:00:00`) : undefined;
  const md = MONTH_DAY.exec(text) ?? swap(DAY_MONTH.exec(text));
  if (md && (md[3] || ref)) {
    const month = MONTHS.indexOf(md[1]!.slice(0, 3).toLowerCase());
    const d = new Date(Number(md[3] ?? ref!.getFullYear()), month, Number(md[2]), 12);
    if (!md[3] && ref && d > ref) d.setFullYear(d.getFullYear() - 1);
    return formatDate(d);
  }
  const wd = WEEKDAY.exec(text);
  if (wd && ref) {
    const diff =
      (ref.getDay() - (DAY_NAMES as readonly string[]).indexOf(wd[1]!.toLowerCase()) + 7) % 7;
    return formatDate(new Date(ref.getTime() - diff * 86_400_000));
  }
  const rel = RELATIVE.exec(text);
  if (rel && ref) return formatDate(relative(rel, ref));
  const mo = MONTH_ONLY.exec(text);
  if (mo && (mo[2] || ref)) {
    const d = new Date(
      Number(mo[2] ?? ref!.getFullYear()),
      MONTHS.indexOf(mo[1]!.slice(0, 3).toLowerCase()),
      1,
      12,
    );
    if (!mo[2] && ref && d > ref) d.setFullYear(d.getFullYear() - 1);
    return formatDate(d);
  }
  const y = YEAR_ONLY.exec(text);
  if (y) return `${y[1]}-01-01`;
  // Numeric dates ('3/24/2022') are rare in news prose: let chrono-node read them.
  if (!ref || !NUMERIC.test(text)) return undefined;
  const r = chrono.parse(text, ref)[0];
  return r && r.start.isCertain('day') ? formatDate(r.start.date()) : undefined;
}

function swap(m: RegExpExecArray | null): string[] | null {
  return m ? [m[0], m[2]!, m[1]!, m[3]!] : null;
}

function relative(m: RegExpExecArray, ref: Date): Date {
  const d = new Date(ref);
  const word = m[1]!.toLowerCase();
  if (word === 'yesterday') d.setDate(d.getDate() - 1);
  else if (word === 'tomorrow') d.setDate(d.getDate() + 1);
  else if (word.startsWith('last') || word.startsWith('next')) {
    const sign = word.startsWith('last') ? -1 : 1;
    if (word.endsWith('week')) d.setDate(d.getDate() + 7 * sign);
    else if (word.endsWith('month')) d.setMonth(d.getMonth() + sign);
    else if (word.endsWith('year')) d.setFullYear(d.getFullYear() + sign);
  } else if (m[2]) {
    const n = NUM[m[2].toLowerCase()] ?? Number(m[2]);
    const unit = m[3]!.toLowerCase();
    if (unit.startsWith('day')) d.setDate(d.getDate() - n);
    else if (unit.startsWith('week')) d.setDate(d.getDate() - 7 * n);
    else if (unit.startsWith('month')) d.setMonth(d.getMonth() - n);
    else d.setFullYear(d.getFullYear() - n);
  }
  return d;
}
