/**
 * Deterministic generator of news-like articles for the streaming benches: actors are drawn from
 * the gazetteer (countries, office holders with their titles, organisations), sentences from
 * varied templates, so the extractor does the work of real reports. Same seed and size, same
 * bytes. Writes JSONL shards of ~4 MB into DIR and DIR.manifest.json (documents, words, characters).
 *   npx tsx packages/cli/bench/generate-articles.ts --mb 100 --out /tmp/corpus [--seed 1]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DAYS, PAIR_TEMPLATES, SOLO_TEMPLATES, TOPICS } from './article-templates';

const GAZETTEER = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
const SHARD_BYTES = 4 * 1024 * 1024;

export interface CorpusManifest {
  seed: number;
  mb: number;
  documents: number;
  words: number;
  bytes: number;
  shards: number;
}

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cast {
  actors: string[];
  places: string[];
}

function loadCast(): Cast {
  const read = (f: string) => JSON.parse(readFileSync(join(GAZETTEER, f), 'utf8'));
  const countries: Array<{ iso3: string; name: string; demonyms: string[]; capital?: string }> =
    read('countries.json').countries;
  const demonym = new Map(countries.map((c) => [c.iso3, c.demonyms[0]]));
  const people: Array<{ name: string; roles: Array<{ role: string; of: string }> }> =
    read('people.json').people;
  const orgs: Array<{ name: string }> = read('organizations.json').organizations;
  const titled = people.flatMap((p) => {
    const r = p.roles[0];
    const d = r && demonym.get(r.of);
    return d ? [`${d} ${r.role} ${p.name}`] : [p.name];
  });
  return {
    actors: [
      ...countries.map((c) => c.name),
      ...titled,
      ...orgs.map((o) => (/^(the )?[A-Z]{2,}$/.test(o.name) ? o.name : `the ${o.name}`)),
    ],
    places: countries.flatMap((c) => (c.capital ? [c.capital] : [])),
  };
}

/** One article: a title and 6–14 paragraphs of 2–4 sentences. */
function article(next: () => number, cast: Cast, n: number): { title: string; text: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const fill = (t: string, a: string, b: string) =>
    t
      .replace('{A}', a)
      .replace('{B}', b)
      .replace('{P}', pick(cast.places))
      .replace('{D}', pick(DAYS))
      .replace('{T}', pick(TOPICS));
  const lead = [pick(cast.actors), pick(cast.actors)];
  const paragraphs: string[] = [];
  for (let p = 6 + Math.floor(next() * 9); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = 2 + Math.floor(next() * 3); s > 0; s--) {
      const a = next() < 0.5 ? lead[0]! : pick(cast.actors);
      const b = next() < 0.5 ? lead[1]! : pick(cast.actors);
      const t = next() < 0.8 ? pick(PAIR_TEMPLATES) : pick(SOLO_TEMPLATES);
      const line = fill(t, a, b === a ? pick(cast.actors) : b);
      sentences.push(line[0]!.toUpperCase() + line.slice(1));
    }
    paragraphs.push(sentences.join(' '));
  }
  return { title: `Report ${n}: ${lead[0]} and ${lead[1]}`, text: paragraphs.join('\n\n') };
}

/** Writes about `mb` megabytes of articles into `dir` (reused when its manifest matches). */
export function generateCorpus(dir: string, mb: number, seed = 1): CorpusManifest {
  const manifestFile = `${dir}.manifest.json`; // beside the folder: not an input
  if (existsSync(manifestFile)) {
    const old = JSON.parse(readFileSync(manifestFile, 'utf8')) as CorpusManifest;
    if (old.mb === mb && old.seed === seed) return old;
  }
  mkdirSync(dir, { recursive: true });
  const next = rng(seed);
  const cast = loadCast();
  const m: CorpusManifest = { seed, mb, documents: 0, words: 0, bytes: 0, shards: 0 };
  let shard: string[] = [];
  let shardBytes = 0;
  const flush = () => {
    const name = `shard-${String(m.shards++).padStart(5, '0')}.jsonl`;
    writeFileSync(join(dir, name), shard.join(''));
    shard = [];
    shardBytes = 0;
  };
  while (m.bytes < mb * 1024 * 1024) {
    const a = article(next, cast, m.documents);
    const day = 1 + (m.documents % 28);
    const date = `2023-${String(1 + (m.documents % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const line = `${JSON.stringify({ id: `gen-${seed}-${m.documents}`, title: a.title, date, text: a.text })}\n`;
    m.documents++;
    m.words += a.text.split(/\s+/).length;
    m.bytes += a.text.length;
    shard.push(line);
    shardBytes += line.length;
    if (shardBytes >= SHARD_BYTES) flush();
  }
  if (shard.length > 0) flush();
  writeFileSync(manifestFile, JSON.stringify(m));
  return m;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out');
  if (!out) throw new Error('generate-articles: give --out DIR (and --mb N, --seed N)');
  console.log(
    JSON.stringify(generateCorpus(out, Number(arg('mb') ?? 10), Number(arg('seed') ?? 1))),
  );
}
