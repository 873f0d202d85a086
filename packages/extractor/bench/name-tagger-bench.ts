/**
 * Name-tagger throughput: the articles in data/articles repeated to a few MB, split into
 * sentences and tokens up front (not timed), then tagged sentence by sentence after a warm-up.
 * Prints tokens per CPU-second (the machine is shared) and one `BENCH_JSON {...}` line.
 * Run: npx tsx packages/extractor/bench/name-tagger-bench.ts [--mb 3] [--passes 3] [--model file]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNameTagger } from '../src/name-tagger/load-name-tagger';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const mb = Number(arg('mb') ?? 3);
const modelFile = arg('model');
const passes = Number(arg('passes') ?? 3);

/** A plain tokeniser for the bench: words (with inner hyphens, apostrophes, dots), numbers, marks. */
const TOKEN = /\p{L}[\p{L}\p{M}'’.-]*\p{L}|\p{L}|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

function sentences(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    current.push(m[0]);
    if (/^[.!?]$/.test(m[0]) || current.length >= 120) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

const dir = join(ROOT, 'data/articles');
const texts = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const corpus: string[][] = [];
let bytes = 0;
for (let n = 0; bytes < mb * 1024 * 1024; n++) {
  const text = texts[n % texts.length]!;
  corpus.push(...sentences(text));
  bytes += Buffer.byteLength(text);
}
const tokens = corpus.reduce((n, s) => n + s.length, 0);
const words = corpus.reduce((n, s) => n + s.filter((t) => /\p{L}|\p{N}/u.test(t)).length, 0);

const t0 = performance.now();
const tagger = loadNameTagger(modelFile ? { modelFile } : {});
const loadMs = performance.now() - t0;
for (const s of corpus.slice(0, 2000)) tagger.tag(s); // warm-up

// best of `--passes` timed passes over the corpus: the machine is shared
let cpuMs = Infinity;
let wallMs = Infinity;
let names = 0;
for (let pass = 0; pass < passes; pass++) {
  const c0 = process.cpuUsage();
  const t1 = performance.now();
  names = 0;
  for (const s of corpus) names += tagger.spans(s).length;
  wallMs = Math.min(wallMs, performance.now() - t1);
  const cpu = process.cpuUsage(c0);
  cpuMs = Math.min(cpuMs, (cpu.user + cpu.system) / 1000);
}
const tokensPerSec = tokens / (cpuMs / 1000);
console.log(
  `name tagger: ${(bytes / 1048576).toFixed(2)} MB, ${corpus.length} sentences, ${tokens} tokens (${words} words); loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(
  `best of ${passes} passes: ${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU: ${Math.round(tokensPerSec)} tokens/CPU-s, ${Math.round(words / (cpuMs / 1000))} words/CPU-s, ${((cpuMs * 1000) / words).toFixed(2)} µs per word, ${names} names`,
);
console.log(
  `BENCH_JSON ${JSON.stringify({ bytes, sentences: corpus.length, tokens, words, loadMs: Math.round(loadMs), cpuMs: Math.round(cpuMs), tokensPerSec: Math.round(tokensPerSec), names })}`,
);
