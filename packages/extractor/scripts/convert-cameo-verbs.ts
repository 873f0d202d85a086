/**
 * Derives data/lexicons/cameo-triggers.json from the PETRARCH2 CAMEO verb dictionary (MIT), read
 * from ../shared/datasets and not copied. Deterministic: entries sorted, no dates.
 * Run: npx tsx packages/extractor/scripts/convert-cameo-verbs.ts [--in file] [--out file]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TriggersLexiconSchema } from '../src/data/data-schemas';
import { buildCameoTriggers } from './cameo/build-lexicon';
import { parseCameoDictionary } from './cameo/parse-cameo-verbs';
import { argValue } from './name-tagger/script-args';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const input =
  argValue('in') ?? root('../shared/datasets/event-dictionaries/petrarch2/CAMEO.2.0.txt');
const out = argValue('out') ?? root('data/lexicons/cameo-triggers.json');

const dict = parseCameoDictionary(readFileSync(input, 'utf8'));
const verbs = buildCameoTriggers(dict);
const pastForms = Object.fromEntries([...dict.pastForms].sort(([a], [b]) => a.localeCompare(b)));
const lexicon = {
  about:
    "Trigger entries derived from the CAMEO verb dictionary by packages/extractor/scripts/convert-cameo-verbs.ts (regenerate, do not edit). Same fields as triggers.json; loaded after it: an entry whose lemma/phrase triggers.json has as a plain entry is ignored, and so is one whose required words triggers.json already gives that lemma. 'cameo': the CAMEO codes the entry came from (type = the catalogue type of the longest matching code; root 01, public statements, has none). Verbs alone come from a synonym's own code or its block's; verbs too general to stand alone ('give', 'remove') and verbs whose blocks disagree on the type are left out. Patterns ('- * AID (TO +)') give 'requires' (the head lemma of the object noun or synonym set) and 'targetPreps' (the preposition before '+', else the root's usual target prepositions); 'pastForms': irregular past forms of the dictionary's verbs ('overthrew' -> 'overthrow'), for past forms wink tags as nouns; patterns with words before the verb, a source after it, or more than one object noun are left out.",
  sources:
    'PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt (Copyright (c) 2015 Open Event Data Alliance, MIT licence), read from ../shared/datasets/event-dictionaries/petrarch2/; see data/NOTICE.md.',
  verbs,
  nouns: [],
  pastForms,
};
TriggersLexiconSchema.parse(lexicon);
writeFileSync(out, `${JSON.stringify(lexicon, null, 2)}\n`);
console.log(`${out}: ${verbs.length} entries`);
