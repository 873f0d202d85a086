import { headline } from './headline';
import { createHash } from 'node:crypto';
import { ExtractorError } from '../../errors';
import type { DocumentInput } from '../../public-types';
import type { IntakeDoc } from '../../types';
import { readHeader, toIsoDate } from './header';
import { stripMarkdown } from './strip-markup';
import { readHtml } from '../../reader/read-html';
import { publicationDate } from '../../reader/publication-date';
import { checkEnglish } from '../../reader/language';

/** Document id when none is given: sha256 of the text, first 16 hex chars. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Stage 1: plain text + header facts (reference date, title, source). Pure. */
export function intake(input: DocumentInput, fallbackDate?: string): IntakeDoc {
  if (typeof input.text !== 'string') {
    throw new ExtractorError(
      'intake',
      `${input.origin ?? input.id ?? 'input'}: text must be a string`,
    );
  }
  const id = input.id ?? contentId(input.text);
  let text = input.text;
  let title = input.title;
  let source = input.source;
  let date = input.date ? toIsoDate(input.date) : undefined;
  if (input.date && !date) {
    throw new ExtractorError(
      'intake',
      `${input.origin ?? id}: date "${input.date}" is not a date (use YYYY-MM-DD)`,
    );
  }
  if (input.format === 'html') {
    const page = readHtml(text);
    text = page.text;
    title ??= page.title;
    date ??= publicationDate(page.published);
    source ??= page.siteName;
  } else if (input.format === 'markdown') {
    const header = readHeader(text);
    const md = stripMarkdown(text.slice(header.bodyStart));
    text = md.text;
    title ??= header.title ?? md.title;
    date ??= header.date;
  }
  checkEnglish(text);
  const header = readHeader(text, date ?? fallbackDate);
  return {
    id,
    text,
    bodyStart: header.bodyStart,
    title: title ?? header.title ?? headline(text.slice(header.bodyStart)),
    date: date ?? header.date ?? fallbackDate,
    source: source ?? header.source,
    origin: input.origin,
  };
}
