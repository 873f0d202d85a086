/** What a page says about itself, before Readability looks at the body. */
export interface PageMetadata {
  title?: string;
  published?: string;
  author?: string;
  siteName?: string;
}

interface QueryRoot {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

type Json = Record<string, unknown>;
const NEWS_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting)$/;

/**
 * Metadata of a page, each field from the first source that has it:
 * JSON-LD NewsArticle/Article, then OpenGraph / article: meta tags, then other meta tags
 * (`name=author`, `name=date`...), then the first `<time datetime>`.
 */
export function readPageMetadata(doc: QueryRoot): PageMetadata {
  const ld = jsonLdArticle(doc);
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute('content'));
  const time = clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  return dropEmpty({
    title: clean(str(ld?.headline)) ?? meta('meta[property="og:title"]'),
    published:
      clean(str(ld?.datePublished)) ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]') ??
      time,
    author: names(ld?.author) ?? meta('meta[name="author"]'),
    siteName: names(ld?.publisher) ?? meta('meta[property="og:site_name"]'),
  });
}

/** The first JSON-LD object of a news/article type (top level, in arrays or in @graph). */
function jsonLdArticle(doc: QueryRoot): Json | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is the page's problem, not a reason to fail
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown): Json | undefined {
  if (Array.isArray(data)) return data.map(findArticle).find(Boolean);
  if (!data || typeof data !== 'object') return undefined;
  const obj = data as Json;
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  if (types.some((t) => typeof t === 'string' && NEWS_TYPES.test(t))) return obj;
  return obj['@graph'] ? findArticle(obj['@graph']) : undefined;
}

/** "A" or {name: "A"} or [{name: "A"}, "B"] -> "A, B". */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : str((v as Json | null)?.name)))
    .map((v) => clean(v))
    .filter((v): v is string => v !== undefined);
  return list.length > 0 ? list.join(', ') : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const clean = (v: string | null | undefined): string | undefined =>
  v?.replace(/\s+/g, ' ').trim() || undefined;

function dropEmpty(m: PageMetadata): PageMetadata {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as PageMetadata;
}
