/**
 * Cost of recognising syndicated copies: signing (docs/s), and ingest into an empty embedded
 * store of N generated ~400-word articles, every fifth one an outlet's copy of an earlier one
 * (other headline and dateline, a trimmed paragraph), in batches of 50 as `kg ingest` sends them.
 * Run: KG_KUZU_PROFILE=1 npx tsx packages/graph-store/bench/syndication-bench.ts [N=2000]
 * (with KG_KUZU_PROFILE the time of the syndication index's own statements is shown apart).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { createEmbeddedStore } from '../src/embedded';
import { signDocument } from '../src/syndication';
import { createRandom } from '../src/contract';
import { kuzuProfile } from '../src/embedded/kuzu-session';

const N = Number(process.argv[2] ?? 2000);
const random = createRandom(17);
const VOCAB = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
const word = () => VOCAB[Math.floor(random() * VOCAB.length)];
const paragraph = () => Array.from({ length: 80 }, word).join(' ') + '.';

const texts: DocumentText[] = [];
for (let i = 0; i < N; i++) {
  if (i % 5 === 4) {
    // an earlier report (index ≡ 3 mod 5), never a copy
    const original = texts[i - 1 - 5 * Math.floor(random() * Math.min(20, Math.floor(i / 5)))];
    const paragraphs = original.text.split('\n').slice(2, -1);
    texts.push({
      id: `d${i}`,
      source: `outlet${i % 7}`,
      text: `Other headline ${i}\nTOWN (AP) - ${paragraphs.join('\n')}`,
    });
  } else {
    const body = Array.from({ length: 5 }, paragraph).join('\n');
    texts.push({
      id: `d${i}`,
      source: `outlet${i % 7}`,
      text: `Headline ${i}\nCITY (Reuters) - ${body}`,
    });
  }
}

let t = performance.now();
let signed = 0;
for (const d of texts) if (signDocument(d.text)) signed++;
const signMs = performance.now() - t;
console.log(
  `sign: ${signed} documents in ${signMs.toFixed(0)} ms = ${Math.round((N / signMs) * 1000)} docs/s`,
);

const dir = mkdtempSync(join(tmpdir(), 'kg-synd-bench-'));
try {
  const store = await createEmbeddedStore({ dir });
  t = performance.now();
  let copies = 0;
  for (let i = 0; i < N; i += 50) {
    const batch = texts.slice(i, i + 50);
    const result: ExtractionResult = {
      documents: batch.map((d) => ({ id: d.id, source: d.source, sentences: 5 })),
      entities: [],
      relations: [],
    };
    copies += (await store.ingest(result, batch)).copies ?? 0;
  }
  const ingestMs = performance.now() - t;
  console.log(
    `ingest (embedded, batches of 50): ${N} documents, ${copies} copies found ` +
      `(${Math.floor(N / 5)} made) in ${ingestMs.toFixed(0)} ms = ${Math.round((N / ingestMs) * 1000)} docs/s`,
  );
  const index = kuzuProfile().filter((p) => /Syndication/.test(p.cypher));
  if (index.length) {
    const ms = index.reduce((n, p) => n + p.ms, 0);
    console.log(`  of which band lookups and index writes: ${ms.toFixed(0)} ms`);
    for (const p of index.slice(0, 3))
      console.log(`    ${p.ms.toFixed(0)} ms in ${p.n}x ${p.cypher.slice(0, 90)}`);
  }
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
