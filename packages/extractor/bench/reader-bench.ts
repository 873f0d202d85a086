/**
 * Reader costs: a saved news page through linkedom + Readability (readHtml), an RSS feed
 * (parseFeed), and language detection on article-sized text. Prints ms per call (after a
 * warm-up) and one `BENCH_JSON {...}` line.
 * Run: npx tsx packages/extractor/bench/reader-bench.ts [--n 200]
 */
import { readFileSync } from 'node:fs';
import { detectLanguage, parseFeed, readHtml } from '@kg/extractor';

const fixture = (name: string) =>
  readFileSync(new URL(`../src/reader/fixtures/${name}`, import.meta.url), 'utf8');

const i = process.argv.indexOf('--n');
const N = i > 0 ? Number(process.argv[i + 1]) : 200;

function time(label: string, fn: () => unknown): number {
  const first = performance.now();
  fn();
  const cold = performance.now() - first;
  for (let k = 0; k < 20; k++) fn();
  const t0 = performance.now();
  for (let k = 0; k < N; k++) fn();
  const ms = (performance.now() - t0) / N;
  console.log(`${label}: ${ms.toFixed(2)} ms/call warm, ${cold.toFixed(1)} ms first call`);
  return ms;
}

const page = fixture('news-page.html');
const feed = fixture('world-news.rss');
const text = readHtml(page).text.repeat(4).slice(0, 5000);
const rss = readFileSync(
  new URL('../../../../shared/corpus/belarus-2022-04-07.txt', import.meta.url),
  'utf8',
);
const FRENCH =
  'Le président de la République a rencontré hier à Paris le chancelier allemand pour discuter ' +
  'de la guerre en Ukraine et des sanctions contre la Russie. Les deux dirigeants ont appelé à ' +
  'un cessez-le-feu immédiat et à la reprise des négociations de paix entre les deux pays.';
const heapBefore = process.memoryUsage().heapUsed;
const result = {
  readHtmlMs: time(`readHtml (${(page.length / 1024).toFixed(1)} KB page)`, () => readHtml(page)),
  parseFeedMs: time(`parseFeed (${(feed.length / 1024).toFixed(1)} KB, 3 items)`, () =>
    parseFeed(feed, 'f'),
  ),
  detectLanguageMs: time(`detectLanguage (${text.length} chars)`, () => detectLanguage(text)),
  detectSampleMs: time(`detectLanguage (sample article, ${rss.length} chars)`, () =>
    detectLanguage(rss),
  ),
  detectFrenchMs: time('detectLanguage (French, franc path)', () => detectLanguage(FRENCH)),
  heapDeltaMb: 0,
};
result.heapDeltaMb = +((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(1);
console.log(`BENCH_JSON ${JSON.stringify(result)}`);
