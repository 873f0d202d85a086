import { readFileSync, readdirSync } from 'node:fs';
import {
  createExtractor,
  scoreExtraction,
  GoldSchema,
  formatEvalReport,
  formatEvalSummary,
} from '@kg/extractor';
const ex = createExtractor();
const pairs: [string, string][] = [
  ['/work/shared/corpus/belarus-2022-04-07.txt', '/work/shared/corpus/seed-gold.json'],
];
for (const f of readdirSync('data/eval').filter((f) => f.endsWith('.txt')))
  pairs.push([`data/eval/${f}`, `data/eval/${f.replace('.txt', '.gold.json')}`]);
const reports = [];
const only = process.argv[2];
for (const [txt, goldFile] of pairs) {
  if (only && !txt.includes(only)) continue;
  const gold = GoldSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8')));
  const out = ex.extract([
    { text: readFileSync(txt, 'utf8'), id: txt.split('/').pop(), date: gold.date },
  ]);
  const rep = scoreExtraction(gold, out.result);
  reports.push(rep);
  if (process.argv[3] !== 'quiet')
    console.log(formatEvalReport(rep, { detail: 'errors' } as never));
}
console.log(formatEvalSummary(reports));
