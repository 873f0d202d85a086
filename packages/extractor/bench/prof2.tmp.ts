import { readFileSync, readdirSync } from 'node:fs';
import { createExtractor } from '@kg/extractor';
const ex = createExtractor();
const files = readdirSync('data/articles').filter((f) => /\.(txt|md)$/.test(f));
const docs = [];
for (let n = 0; n < 1500; n++) { const f = files[n % files.length]!; docs.push({ id: `${f}#${n}`, text: readFileSync(`data/articles/${f}`, 'utf8'), format: f.endsWith('.md') ? 'markdown' as const : 'text' as const }); }
const words = docs.reduce((a, d) => a + d.text.split(/\s+/).length, 0);
ex.extract(docs.slice(0, 20));
const t = performance.now();
for (let i = 0; i < docs.length; i += 200) ex.extract(docs.slice(i, i + 200));
const ms = performance.now() - t;
console.log('words/s', Math.round(words / ms * 1000));
