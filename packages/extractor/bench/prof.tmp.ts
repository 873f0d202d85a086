import { readFileSync, readdirSync } from 'node:fs';
import { createExtractor } from '@kg/extractor';
const ex = createExtractor();
const files = readdirSync('data/articles').filter((f) => f.endsWith('.txt'));
const docs = [];
for (let n = 0; n < 300; n++) {
  const f = files[n % files.length]!;
  docs.push({ id: `${f}#${n}`, text: readFileSync(`data/articles/${f}`, 'utf8') });
}
const t = performance.now();
ex.extract(docs);
console.log('ms', performance.now() - t);
