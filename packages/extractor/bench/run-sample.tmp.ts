import { readFileSync } from 'node:fs';
import { createExtractor } from '@kg/extractor';
const ex = createExtractor();
console.log('warnings', ex.warnings);
const file = process.argv[2] ?? '/work/shared/corpus/belarus-2022-04-07.txt';
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const out = ex.extract([{ text, origin: file }]);
console.log('ms', performance.now() - t0);
const r = out.result;
console.log(r.documents);
for (const e of r.entities)
  console.log(
    'E',
    e.id,
    '|',
    e.name,
    '|',
    e.type,
    '|',
    e.mentions.map((m) => `${m.text}/${m.kind}`).join(', '),
    e.roles ? JSON.stringify(e.roles) : '',
  );
for (const x of r.relations)
  console.log(
    'R',
    x.source,
    x.type,
    x.target,
    x.negated ? 'NEG' : '',
    x.modality,
    x.confidence,
    x.date,
    '#' + x.evidence.map((e) => e.sentence).join(','),
    x.role ?? '',
  );
console.log(out.failures);
