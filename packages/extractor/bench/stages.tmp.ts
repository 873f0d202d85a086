import { readFileSync, readdirSync } from 'node:fs';
import { buildKnowledgeBase } from '../src/data/knowledge-base';
import { loadData } from '../src/data/load-data';
import { intake } from '../src/stages/01-intake/intake';
import { createNlp } from '../src/stages/02-segment/nlp';
import { segment } from '../src/stages/02-segment/segment';
import { recognise } from '../src/stages/03-recognise/recognise';
import { resolve } from '../src/stages/04-resolve/resolve';
import { relate } from '../src/stages/05-relate/relate';
import { assemble } from '../src/stages/06-assemble/assemble';
const kb = buildKnowledgeBase(loadData());
const nlp = createNlp();
const files = readdirSync('data/articles').filter((f) => f.endsWith('.txt'));
const texts: string[] = [];
for (let n = 0; n < 400; n++)
  texts.push(readFileSync(`data/articles/${files[n % files.length]}`, 'utf8'));
const words = texts.reduce((a, t) => a + t.split(/\s+/).length, 0);
const T: Record<string, number> = {};
const time = <X>(k: string, f: () => X): X => {
  const t = performance.now();
  const r = f();
  T[k] = (T[k] ?? 0) + performance.now() - t;
  return r;
};
for (let rep = 0; rep < 2; rep++) {
  for (const k of Object.keys(T)) T[k] = 0;
  const docs = texts.map((text, n) => {
    const d = time('intake', () => intake({ text, id: String(n) }));
    const s = time('segment', () => segment(d, nlp));
    const r = time('recognise', () => recognise(s, kb));
    const v = time('resolve', () => resolve(r, kb));
    return time('relate', () => relate(v, kb));
  });
  time('assemble', () => assemble(docs));
}
const total = Object.values(T).reduce((a, b) => a + b, 0);
console.log(
  words,
  'words',
  Math.round(words / (total / 1000)),
  'w/s',
  Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])),
);
