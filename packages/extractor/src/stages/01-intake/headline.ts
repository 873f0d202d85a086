/** 'HIROSHIMA, May 21 (Reuters) - ', 'MOSCOW, March 21 -', 'NAIROBI (AP) —': a wire dateline. */
const DATELINE =
  /^[A-Z][A-Z .'’/-]{1,60}(,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(\([^)]{1,40}\))?\s*[-–—]+\s*/;
export const DEFAULT_HEADLINE_CHARS = 90;

/**
 * A label for a document that has no title: its first sentence without the dateline, cut at a
 * word boundary (with '…') to `max` characters. Undefined for a body without words.
 */
export function headline(body: string, max = DEFAULT_HEADLINE_CHARS): string | undefined {
  const first = body.trim().split(/\n/, 1)[0] ?? '';
  const text = first.replace(DATELINE, '');
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text).trim();
  if (!/\p{L}/u.test(sentence)) return undefined;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
