import { XMLParser } from 'fast-xml-parser';
import type { DocumentInput, IntakeFailure } from '../public-types';
import { decodeEntities, htmlToText, tidy } from './html-to-text';
import { publicationDate } from './publication-date';

export interface ParsedFeed {
  /** The feed's own title: each item's `source`. */
  title?: string;
  inputs: DocumentInput[];
  failures: IntakeFailure[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Atom <content> is kept raw: type="xhtml" is markup, type="html"/"text" escaped text.
  stopNodes: ['feed.entry.content'],
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** Is this text an RSS or Atom document (judged by its root element, not a file name)? */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 4000)
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * RSS 2.0 / RSS 1.0 / Atom to documents: one per item, with its link (as id), date, title and
 * the feed's title as source; text from content:encoded, content, description or summary
 * (HTML read to plain text). Items without text are failures; the other items go on.
 */
export function parseFeed(xml: string, origin: string): ParsedFeed {
  let tree: Node;
  try {
    tree = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new Error(`not well-formed XML (${(error as Error).message}): is it really a feed?`);
  }
  const rss = (tree.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = tree['rdf:RDF'] as Node | undefined;
  const atom = tree.feed as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined) ?? atom;
  if (!channel)
    throw new Error('no <rss><channel>, <feed> or <rdf:RDF> root: not an RSS/Atom feed');
  const items = (rss?.item ?? rdf?.item ?? atom?.entry ?? []) as Node[];
  const title = plain(text(channel.title));
  const result: ParsedFeed = { inputs: [], failures: [], ...(title ? { title } : {}) };
  items.forEach((item, k) => {
    const link = itemLink(item);
    const where = `${origin} item ${k + 1}${link ? ` (${link})` : ''}`;
    const body = [text(item['content:encoded']), atomContent(item.content)]
      .concat(['description', 'summary'].map((key) => text(item[key])))
      .find((v) => v !== undefined && v.trim() !== '');
    if (body === undefined) {
      result.failures.push({
        origin: where,
        message: '@kg/extractor/feed: item has no content:encoded, content, description or summary',
      });
      return;
    }
    const itemTitle = plain(text(item.title));
    const date = publicationDate(
      text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published) ?? text(item.updated),
    );
    result.inputs.push({
      text: /<[a-z][^>]*>/i.test(body) ? htmlToText(body) : tidy(decodeEntities(body)),
      format: 'text',
      origin: where,
      ...(link && link.length <= 200 ? { id: link } : {}),
      ...(itemTitle ? { title: itemTitle } : {}),
      ...(date ? { date } : {}),
      ...(title ? { source: title } : {}),
    });
  });
  return result;
}

/** RSS <link>text</link>, Atom <link rel="alternate" href>, else a permalink <guid>. */
function itemLink(item: Node): string | undefined {
  const links = (item.link ?? []) as unknown[];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    const n = l as Node;
    const rel = n['@_rel'] ?? 'alternate';
    if (typeof n['@_href'] === 'string' && rel === 'alternate') return n['@_href'];
    if (typeof n['#text'] === 'string') return n['#text'];
  }
  const guid = text(item.guid);
  return guid && /^https?:\/\//.test(guid) ? guid : undefined;
}

/** Text of an element that may carry attributes (Atom type="html"). */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Node)['#text'] === 'string')
    return (v as Node)['#text'] as string;
  return undefined;
}

/** Raw Atom <content>: xhtml is markup as is; html and text are escaped (CDATA unwrapped). */
function atomContent(v: unknown): string | undefined {
  const raw = text(v);
  if (raw === undefined) return undefined;
  const type = (v as Node | undefined)?.['@_type'];
  if (type === 'xhtml') return raw;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  return cdata ? cdata[1] : decodeEntities(raw);
}

/** A title as plain text (feeds often carry entities or tags in titles). */
function plain(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = /<[a-z][^>]*>/i.test(v) ? htmlToText(v) : tidy(decodeEntities(v));
  return t || undefined;
}
