import type { ContentHint } from '@kg/extractor';

/** Limits on one URL: whole request (headers + body) time, body size, redirects followed. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

/** A URL that could not be read: the message says what happened and how to fix it. */
export class UrlInputError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`@kg/cli/fetch-url: ${message}`);
    this.name = 'UrlInputError';
  }
}

export interface FetchedPage {
  /** The URL the content came from, after redirects. */
  url: string;
  text: string;
  hint: ContentHint;
}

/** Content types we read, and what each suggests (the content itself is sniffed as well). */
const TYPES: Array<[RegExp, ContentHint]> = [
  [/^(text\/html|application\/xhtml\+xml)$/, 'html'],
  [/^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/, 'feed'],
  [/^text\/plain$/, 'text'],
  [/^text\/markdown$/, 'markdown'],
];

/** Is this argument a web address rather than a file path? */
export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

/**
 * GET a page or feed with Node's fetch: http(s) only, redirects followed by hand up to
 * maxRedirects, one timeout for the whole exchange, the body read up to maxBytes, and only
 * HTML, XML feeds and plain text accepted. Every failure is a UrlInputError naming the URL.
 */
export async function fetchUrl(
  url: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': 'kg-news/0.1 (news knowledge-graph builder; one request per URL given)',
          accept:
            'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8',
        },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (hops >= limits.maxRedirects)
          throw new UrlInputError(
            url,
            `more than ${limits.maxRedirects} redirects (last to ${location}): open the URL in a browser and give the final address`,
          );
        current = new URL(location, current).href;
        if (!isUrl(current))
          throw new UrlInputError(url, `redirected to ${current}, which is not http(s)`);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new UrlInputError(
          url,
          `HTTP ${res.status} ${res.statusText}${current !== url ? ` from ${current}` : ''}: check the address`,
        );
      }
      const mime = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const hint = TYPES.find(([re]) => re.test(mime))?.[1];
      if (!hint) {
        await res.body?.cancel();
        throw new UrlInputError(
          url,
          `content type "${mime || 'none'}" is not an HTML page, an RSS/Atom feed or plain text: give the article's or the feed's address`,
        );
      }
      const body = await readLimited(url, res, limits.maxBytes);
      return { url: current, text: decode(url, body, res.headers.get('content-type')), hint };
    }
  } catch (error) {
    if (error instanceof UrlInputError) throw error;
    const e = error as Error & { cause?: Error };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw new UrlInputError(
        url,
        `no complete answer within ${limits.timeoutMs} ms: try again later or raise --timeout`,
      );
    const why = e.cause?.message ?? e.message;
    throw new UrlInputError(url, `cannot fetch (${why}): check the address and your network`);
  }
}

/** The body, refusing more than maxBytes (by Content-Length, else while streaming). */
async function readLimited(url: string, res: Response, maxBytes: number): Promise<Uint8Array> {
  const tooBig = () =>
    new UrlInputError(
      url,
      `body is over the ${maxBytes}-byte limit: is this really an article or a feed?`,
    );
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/** Decode with the declared charset (UTF-8 when none); an unknown charset is an error. */
function decode(url: string, body: Uint8Array, contentType: string | null): string {
  const charset = /charset="?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new UrlInputError(url, `unknown charset "${charset}" in Content-Type`);
  }
  return decoder.decode(body).replace(/^\uFEFF/, '');
}
