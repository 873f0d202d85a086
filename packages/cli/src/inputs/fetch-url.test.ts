import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalWeb, stopLocalWeb } from '../test-support/local-web';
import { DEFAULT_FETCH_LIMITS, fetchUrl } from './fetch-url';
import { readSources } from './read-sources';

// generous for a loaded machine; the /slow route (never answers) gets its own short timeout
const limits = { ...DEFAULT_FETCH_LIMITS, timeoutMs: 10_000, maxBytes: 100_000, maxRedirects: 3 };

describe('fetch-url', () => {
  let base: string;
  let server: Server;
  beforeAll(async () => {
    ({ base, server } = await startLocalWeb());
  });
  afterAll(async () => {
    await stopLocalWeb(server);
  });

  describe('#fetchUrl', () => {
    it.each([
      ['/news/grain-talks', 'html', /Ministers meet in Istanbul/],
      ['/world.rss', 'feed', /<rss version/],
      ['/plain.txt', 'text', /^date 2022-03-01 Poland/],
      ['/latin1.txt', 'text', /^Café talks/],
    ])('should read %s as %s', async (path, hint, text) => {
      const page = await fetchUrl(`${base}${path}`, limits);
      expect(page.hint).toBe(hint);
      expect(page.text).toMatch(text);
    });

    it('should follow a redirect and report the final URL', async () => {
      const page = await fetchUrl(`${base}/moved`, limits);
      expect(page.url).toBe(`${base}/news/grain-talks`);
    });

    it.each([
      ['/loop', /more than 3 redirects/],
      ['/missing', /HTTP 404 Not Found: check the address/],
      [
        '/image.png',
        /content type "image\/png" is not an HTML page, an RSS\/Atom feed or plain text/,
      ],
      ['/big-declared', /over the 100000-byte limit/],
      ['/big-streamed', /over the 100000-byte limit/],
    ])('should refuse %s with a clear message', async (path, message) => {
      await expect(fetchUrl(`${base}${path}`, limits)).rejects.toThrow(message);
    });

    it('should give up on a server that never answers after the timeout', async () => {
      await expect(fetchUrl(`${base}/slow`, { ...limits, timeoutMs: 300 })).rejects.toThrow(
        /no complete answer within 300 ms: try again later or raise --timeout/,
      );
    });

    it('should say when nothing listens at the address', async () => {
      const closed = await startLocalWeb();
      await stopLocalWeb(closed.server);
      await expect(fetchUrl(`${closed.base}/x`, limits)).rejects.toThrow(
        /cannot fetch \(.*\): check the address/,
      );
    });
  });

  describe('#readSources', () => {
    it('should read pages, feeds (by content) and text, and report each failed URL', async () => {
      const urls = ['/news/grain-talks', '/world.rss', '/feed-as-text', '/image.png', '/missing'];
      const { inputs, failures } = await readSources(
        urls.map((u) => `${base}${u}`),
        { limits },
      );
      expect(inputs.map((i) => [i.id, i.format])).toEqual([
        [`${base}/news/grain-talks`, 'html'],
        ['https://news.example.org/world/eu-sanctions', 'text'],
        ['https://news.example.org/world/istanbul-talks', 'text'],
        ['https://atom.example.org/china-india', 'text'],
        ['https://atom.example.org/summary', 'text'],
        ['https://atom.example.org/xhtml', 'text'],
      ]);
      expect(failures.map((f) => f.origin.replace(base, ''))).toEqual([
        '/world.rss item 3 (https://news.example.org/world/empty)',
        '/image.png',
        '/missing',
      ]);
    });
  });
});
