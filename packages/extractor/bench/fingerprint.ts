/**
 * Output fingerprint: extracts the bench sources (data/articles + the sample), data/eval and
 * data/eval-holdout, each file alone and each set as one batch, with and without co-mentions,
 * and hashes the JSON output. Proves that a speed change leaves the results identical.
 *
 *   npx tsx packages/extractor/bench/fingerprint.ts            # compare with the stored run
 *   npx tsx packages/extractor/bench/fingerprint.ts --update   # store this run as the reference
 *
 * The reference (hashes + full outputs, for diffing) lives in $KG_FINGERPRINT_DIR
 * (default: <tmpdir>/kg-extractor-fingerprint). Exit code 1 when a hash differs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, type DocumentInput } from '@kg/extractor';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = join(ROOT, '../shared/corpus/belarus-2022-04-07.txt');
const OUT = process.env.KG_FINGERPRINT_DIR ?? join(tmpdir(), 'kg-extractor-fingerprint');

function folder(dir: string): DocumentInput[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({
      id: `${dir}/${f}`,
      text: readFileSync(join(abs, f), 'utf8'),
      format: f.endsWith('.md') ? ('markdown' as const) : ('text' as const),
    }));
}

const sets: Record<string, DocumentInput[]> = {
  articles: [
    ...folder('data/articles'),
    ...(existsSync(SAMPLE) ? [{ id: 'sample', text: readFileSync(SAMPLE, 'utf8') }] : []),
  ],
  eval: folder('data/eval'),
  holdout: folder('data/eval-holdout'),
};

const extractor = createExtractor();
const outputs: Record<string, string> = {};
for (const [name, docs] of Object.entries(sets)) {
  outputs[`${name}:batch`] = JSON.stringify(extractor.extract(docs));
  outputs[`${name}:batch+co`] = JSON.stringify(extractor.extract(docs, { coMentions: true }));
  outputs[`${name}:single`] = JSON.stringify(docs.map((d) => extractor.extract([d]).result));
}
const hashes = Object.fromEntries(
  Object.entries(outputs).map(([k, v]) => [k, createHash('sha256').update(v).digest('hex')]),
);

mkdirSync(OUT, { recursive: true });
const refFile = join(OUT, 'hashes.json');
if (process.argv.includes('--update') || !existsSync(refFile)) {
  writeFileSync(refFile, JSON.stringify(hashes, null, 2));
  for (const [k, v] of Object.entries(outputs)) writeFileSync(join(OUT, `${k}.json`), v);
  console.log(`fingerprint stored in ${OUT}`);
  for (const [k, h] of Object.entries(hashes)) console.log(`  ${k.padEnd(18)} ${h.slice(0, 16)}`);
} else {
  const ref = JSON.parse(readFileSync(refFile, 'utf8')) as Record<string, string>;
  let same = true;
  for (const [k, h] of Object.entries(hashes)) {
    const ok = ref[k] === h;
    same &&= ok;
    console.log(`  ${k.padEnd(18)} ${h.slice(0, 16)} ${ok ? 'same' : 'DIFFERENT'}`);
    if (!ok) writeFileSync(join(OUT, `${k}.new.json`), outputs[k]!);
  }
  console.log(same ? 'fingerprint: identical' : `fingerprint: CHANGED (see *.new.json in ${OUT})`);
  if (!same) process.exitCode = 1;
}
