import type { DocumentInput, InputFormat, IntakeFailure } from '../public-types';
import { looksLikeFeed, parseFeed } from './feed';

/** What a file name or a Content-Type suggests; the content itself has the last word. */
export type ContentHint = InputFormat | 'feed';

/**
 * One file's or one URL's content as documents. A feed (RSS/Atom, judged by its root element
 * whatever the hint) gives one document per item; an HTML page (by hint, or a text that starts
 * like one) is read by the reader at intake; anything else is the hinted format.
 */
export function readContent(
  text: string,
  origin: string,
  hint: ContentHint,
): { inputs: DocumentInput[]; failures: IntakeFailure[] } {
  if (looksLikeFeed(text)) {
    try {
      const feed = parseFeed(text, origin);
      if (feed.inputs.length === 0 && feed.failures.length === 0)
        return fail(origin, 'feed has no items: nothing to extract');
      return { inputs: feed.inputs, failures: feed.failures };
    } catch (error) {
      return fail(origin, (error as Error).message);
    }
  }
  if (hint === 'feed')
    return fail(origin, 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)');
  const format: InputFormat = hint === 'text' && looksLikeHtmlPage(text) ? 'html' : hint;
  return { inputs: [{ text, format, origin }], failures: [] };
}

/** A text that starts like a full HTML page (doctype or <html>). */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!DOCTYPE html|html)[\s>]/i.test(text);
}

function fail(origin: string, message: string) {
  return { inputs: [], failures: [{ origin, message: `@kg/extractor/read-inputs: ${message}` }] };
}
