import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { nodeToText } from './html-to-text';
import { readPageMetadata } from './page-metadata';

/** A web page as a reader sees it: the article body and what the page says about it. */
export interface ReadPage {
  text: string;
  title?: string;
  /** Publication date/time as the page gives it (ISO 8601 usually). */
  published?: string;
  byline?: string;
  siteName?: string;
  /** The page's `<html lang>`, when given. */
  lang?: string;
}

type ReaderDocument = ConstructorParameters<typeof Readability>[0];
type TextNode = Parameters<typeof nodeToText>[0];

/**
 * Read a saved web page: metadata from JSON-LD / OpenGraph / meta / <time> (see
 * readPageMetadata), the body from Mozilla Readability, which drops site chrome (navigation,
 * related links, cookie banners, comments, footers). Readability's own title, byline and site
 * name fill what the metadata lacks. Pages Readability cannot read fall back to all body text.
 */
export function readHtml(html: string): ReadPage {
  // linkedom builds no <body> for a bare fragment ('<p>...</p>'): give it one.
  const isPage = /<(html|body)[\s>]/i.test(html);
  const { document } = parseHTML(
    isPage ? html : `<!DOCTYPE html><html><body>${html}</body></html>`,
  );
  const meta = readPageMetadata(document);
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  const fallbackText = document.body ? nodeToText(document.body as unknown as TextNode) : '';
  // Readability changes the DOM it reads: metadata and the fallback text are taken first.
  const article = new Readability(document as unknown as ReaderDocument).parse();
  let text = '';
  if (article?.content) {
    const { document: body } = parseHTML(
      `<!DOCTYPE html><html><body>${article.content}</body></html>`,
    );
    text = nodeToText(body.body as unknown as TextNode);
  }
  return withoutUndefined({
    text: text || fallbackText,
    title: meta.title ?? article?.title ?? fallbackTitle,
    published: meta.published ?? article?.publishedTime ?? undefined,
    byline: meta.author ?? article?.byline ?? undefined,
    siteName: meta.siteName ?? article?.siteName ?? undefined,
    lang,
  });
}

function withoutUndefined(page: ReadPage): ReadPage {
  return Object.fromEntries(Object.entries(page).filter(([, v]) => v !== undefined)) as ReadPage;
}
