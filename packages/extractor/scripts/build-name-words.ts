/**
 * Builds data/models/name-words.json, the name tagger's word classes (name-words-file.ts), from
 * the compromise@14.14.4 lexicon (MIT: its given names, surnames, places, organisations and
 * sports teams) and the Phoenix dictionaries of PETRARCH2 (MIT: the words of the people's names
 * in data/gazetteer/phoenix-people.json, and of the organisations, companies and armed groups of
 * Phoenix.{International,MilNonState}.actors.txt). Deterministic (sorted output).
 * Run: npx tsx packages/extractor/scripts/build-name-words.ts [--dictionaries dir] [--out file]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { loadData } from '../src/data/load-data';
import {
  DEFAULT_NAME_WORDS,
  NAME_WORD_CLASSES,
  NameWordsFileSchema,
  type NameWordClass,
} from '../src/name-tagger/name-words-file';
import { parseTabari } from '../src/phoenix/tabari';
import { argValue } from './name-tagger/script-args';

const DEFAULT_DIR = fileURLToPath(
  new URL('../../../../shared/datasets/event-dictionaries/petrarch2/', import.meta.url),
);
const dir = argValue('dictionaries') ?? DEFAULT_DIR;
const out = argValue('out') ?? DEFAULT_NAME_WORDS;

const classes = new Map<NameWordClass, Set<string>>(NAME_WORD_CLASSES.map((c) => [c, new Set()]));
const WORD = /^\p{L}[\p{L}'’.-]*\p{L}$/u;
const add = (cls: NameWordClass, word: string) => {
  const w = word.toLowerCase();
  if (WORD.test(w)) classes.get(cls)!.add(w);
};

// compromise: its lexicon maps a lower-case word to a tag or a list of tags
const COMPROMISE_TAGS: Record<string, NameWordClass> = {
  FemaleName: 'firstName',
  MaleName: 'firstName',
  FirstName: 'firstName',
  LastName: 'lastName',
  City: 'place',
  Country: 'place',
  Region: 'place',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'organization',
};
const world = (nlp as unknown as { world(): { model: { one: { lexicon: object } } } }).world();
for (const [word, tags] of Object.entries(world.model.one.lexicon)) {
  if (/\s/.test(word)) continue;
  for (const tag of ([] as string[]).concat(tags as string | string[])) {
    const cls = COMPROMISE_TAGS[tag];
    if (cls) add(cls, word);
  }
}

// Phoenix people: first word a given name, last word a surname ('al-Assad' also gives 'Assad')
const INITIAL = /^\p{L}\.?$|\.$/u;
for (const p of loadData().phoenix.people.people) {
  const words = p.name.split(/\s+/);
  if (words.length < 2) continue;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!INITIAL.test(first)) add('firstName', first);
  if (!INITIAL.test(last)) {
    add('lastName', last);
    const part = last.split('-').pop()!;
    if (part !== last && /^\p{Lu}/u.test(part)) add('lastName', part);
  }
}

// Phoenix organisations: entries whose codes carry no dates (people's do); one-word names are
// organisation names, the words of longer ones organisation words
const FUNCTION_WORDS = new Set(
  'of the and for in on at to de la le du des del da al el y'.split(' '),
);
for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const entry of parseTabari(readFileSync(join(dir, file), 'latin1'))) {
    if (entry.codes.length === 0 || entry.codes.some((c) => c.since || c.until)) continue;
    for (const phrase of entry.phrases) {
      const words = phrase.split('_').filter(Boolean);
      if (words.some((w) => /\d/.test(w))) continue;
      if (words.length === 1) add('organization', words[0]!);
      else for (const w of words) if (!FUNCTION_WORDS.has(w.toLowerCase())) add('orgWord', w);
    }
  }
}

const file = NameWordsFileSchema.parse({
  format: 'kg-name-words',
  version: 1,
  about:
    "Word classes of the name tagger: lower-case single words known as given names, surnames, places, organisation names ('exxon') or words of organisation names ('petroleum'); a word may be in several. Derived, never edited by hand.",
  sources: [
    'compromise@14.14.4 lexicon (MIT): FemaleName/MaleName/FirstName, LastName, City/Country/Region/Place, Organization/SportsTeam',
    'Phoenix dictionaries of PETRARCH2 (MIT, openeventdata/petrarch2@676801cd): first and last words of the people of data/gazetteer/phoenix-people.json; Phoenix.International and Phoenix.MilNonState entries without dated codes',
    'regenerate: npx tsx packages/extractor/scripts/build-name-words.ts',
  ],
  classes: Object.fromEntries(NAME_WORD_CLASSES.map((c) => [c, [...classes.get(c)!].sort()])),
});
const json = `${JSON.stringify(file, null, 0).replace(/\],"/g, '],\n"')}\n`;
writeFileSync(out, json);
console.log(
  `wrote ${out}: ${NAME_WORD_CLASSES.map((c) => `${c} ${file.classes[c].length}`).join(', ')}`,
);
