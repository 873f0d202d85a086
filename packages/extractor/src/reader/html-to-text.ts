import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';

/** Elements that end a line of text (a paragraph, a heading, a list item, a table cell...). */
const BLOCK = new Set(
  (
    'p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table article section header footer ' +
    'blockquote figure figcaption pre hr main aside nav dd dt dl title address details summary'
  ).split(' '),
);
/** Elements whose content is never reader text. */
const SKIP = new Set('script style noscript template svg iframe object embed head'.split(' '));

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree: block elements become line breaks, scripts and styles are dropped. */
export function nodeToText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) out.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) out.push('\n\n');
  };
  walk(root);
  return tidy(out.join(''));
}

/** Plain text of an HTML fragment or page (no boilerplate removal: see readHtml for pages). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as DomNode);
}

/** Decode HTML character references (named, decimal, hex), as a browser does. */
export function decodeEntities(s: string): string {
  return decodeHTML(s);
}

/** Normalise whitespace: single spaces in lines, at most one blank line between paragraphs. */
export function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
