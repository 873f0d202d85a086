/**
 * Extraction throughput: builds a multi-megabyte corpus from data/articles and the sample article,
 * runs the extractor and compromise's NER on the same text, prints lines and one `BENCH_JSON {...}`.
 * Throughput is words per CPU-second (the machine is shared; wall times are printed too), after the
 * same 256 KB warm-up for both engines.
 * Run: npx tsx packages/extractor/bench/extract-bench.ts [--mb 3] [--compromise-mb 3]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createExtractor, type DocumentInput } from '@kg/extractor';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = join(ROOT, '../shared/corpus/belarus-2022-04-07.txt');

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

function sources(): { name: string; text: string; format: DocumentInput['format'] }[] {
  const dir = join(ROOT, 'data/articles');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort()
    : [];
  const list = files.map((f) => ({
    name: f,
    text: readFileSync(join(dir, f), 'utf8'),
    format: (f.endsWith('.md') ? 'markdown' : 'text') as DocumentInput['format'],
  }));
  if (existsSync(SAMPLE))
    list.push({ name: 'sample', text: readFileSync(SAMPLE, 'utf8'), format: 'text' });
  if (list.length === 0) throw new Error('no articles found under data/articles and no sample');
  return list;
}

/** CPU time (user + system) in ms: throughput per CPU-second is less sensitive to other load. */
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function buildCorpus(targetBytes: number): DocumentInput[] {
  const src = sources();
  const docs: DocumentInput[] = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const s = src[n % src.length]!;
    docs.push({ id: `${s.name}#${n}`, text: s.text, format: s.format });
    bytes += Buffer.byteLength(s.text);
  }
  return docs;
}

const mb = arg('mb', 3);
const compromiseMb = arg('compromise-mb', mb);
const t0 = performance.now();
const extractor = createExtractor();
const loadMs = performance.now() - t0;
const corpus = buildCorpus(mb * 1024 * 1024);
const totalWords = corpus.reduce((n, d) => n + words(d.text), 0);
const totalBytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
console.log(
  `corpus: ${corpus.length} documents, ${(totalBytes / 1048576).toFixed(2)} MB, ${totalWords} words`,
);
console.log(`extractor: data loaded in ${loadMs.toFixed(0)} ms`);

// Steady-state throughput: both engines first get the same warm-up text (JIT, wink's and
// compromise's lazy tables), then the whole corpus is timed. The cold figure is printed too.
const WARMUP_BYTES = 256 * 1024;
const warmup = buildCorpus(WARMUP_BYTES);
const w0 = process.cpuUsage();
extractor.extract(warmup);
const warmupCpuMs = cpuMs(process.cpuUsage(w0));
const warmupWords = warmup.reduce((n, d) => n + words(d.text), 0);
console.log(
  `warm-up: ${warmup.length} documents (${warmupWords} words) for each engine; extractor cold ${Math.round(warmupWords / (warmupCpuMs / 1000))} words/CPU-s`,
);
const BATCH = 200;
let entities = 0;
let relations = 0;
const t1 = performance.now();
const c1 = process.cpuUsage();
for (let i = 0; i < corpus.length; i += BATCH) {
  const out = extractor.extract(corpus.slice(i, i + BATCH));
  entities += out.result.entities.length;
  relations += out.result.relations.length;
}
const extractMs = performance.now() - t1;
const extractCpuMs = cpuMs(process.cpuUsage(c1));
const extractWps = totalWords / (extractCpuMs / 1000);
const extractRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `extractor: ${extractMs.toFixed(0)} ms wall, ${extractCpuMs.toFixed(0)} ms CPU, ${Math.round(extractWps)} words/CPU-s, peak RSS ${extractRssMb.toFixed(0)} MB (${entities} entities, ${relations} relations over batches of ${BATCH})`,
);

const compromiseDocs = buildCorpus(compromiseMb * 1024 * 1024);
const compromiseWords = compromiseDocs.reduce((n, d) => n + words(d.text), 0);
for (const d of warmup) {
  const doc = nlp(d.text);
  doc.people();
  doc.places();
  doc.organizations();
}
const t2 = performance.now();
const c2 = process.cpuUsage();
let found = 0;
for (const d of compromiseDocs) {
  const doc = nlp(d.text);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
const compromiseMs = performance.now() - t2;
const compromiseCpuMs = cpuMs(process.cpuUsage(c2));
const compromiseWps = compromiseWords / (compromiseCpuMs / 1000);
console.log(
  `compromise: ${compromiseMs.toFixed(0)} ms wall, ${compromiseCpuMs.toFixed(0)} ms CPU, ${Math.round(compromiseWps)} words/CPU-s on ${compromiseWords} words (${found} people/places/organizations)`,
);
const speedup = extractWps / compromiseWps;
console.log(`speed-up: ${speedup.toFixed(1)}x compromise (target >= 10x)`);
console.log(
  `BENCH_JSON ${JSON.stringify({
    documents: corpus.length,
    bytes: totalBytes,
    words: totalWords,
    loadMs: Math.round(loadMs),
    extractMs: Math.round(extractMs),
    extractCpuMs: Math.round(extractCpuMs),
    extractWordsPerSec: Math.round(extractWps),
    extractPeakRssMb: Math.round(extractRssMb),
    compromiseWords,
    compromiseMs: Math.round(compromiseMs),
    compromiseCpuMs: Math.round(compromiseCpuMs),
    compromiseWordsPerSec: Math.round(compromiseWps),
    speedup: Math.round(speedup * 10) / 10,
    entities,
    relations,
  })}`,
);
