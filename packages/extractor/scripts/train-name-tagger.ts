/**
 * Trains the name tagger from ../shared/datasets and writes data/models/name-tagger.json.
 * Deterministic: the same data and options give byte-identical weights.
 * Run: npx tsx packages/extractor/scripts/train-name-tagger.ts
 *   [--datasets dir] [--out file] [--epochs 12] [--min-count 2] [--prune 3] [--seed 7] [--models 5]
 *   [--dropout 0.3] [--replace 0]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadData } from '../src/data/load-data';
import { collectCommonWords } from '../src/name-tagger/common-words';
import { DEFAULT_NAME_TAGGER_MODEL } from '../src/name-tagger/load-name-tagger';
import { createNameGazetteer, gazetteerListsFromData } from '../src/name-tagger/name-gazetteer';
import { createNameTagger } from '../src/name-tagger/name-tagger';
import { NO_NAME_WORDS, loadNameWords } from '../src/name-tagger/name-words-file';
import { decodeTaggerModel, encodeTaggerModel } from '../src/name-tagger/tagger-model-file';
import { createFeatureExtractor } from '../src/name-tagger/token-features';
import { trainPerceptron } from '../src/name-tagger/train-perceptron';
import {
  namesOf,
  replaceMentions,
  type MentionPools,
} from '../src/name-tagger/training/replace-mentions';
import { DEFAULT_DATASETS_DIR, TRAINING_SOURCES, loadNerCorpora } from './name-tagger/ner-corpora';
import { scoreDevParts } from './name-tagger/score-dev';
import { argNumber, argValue } from './name-tagger/script-args';

const datasets = argValue('datasets') ?? DEFAULT_DATASETS_DIR;
const out = argValue('out') ?? DEFAULT_NAME_TAGGER_MODEL;
const settings = {
  epochs: argNumber('epochs', 12),
  minFeatureCount: argNumber('min-count', 2),
  pruneBelow: argNumber('prune', 3),
  seed: argNumber('seed', 7),
  models: argNumber('models', 5),
  knowledgeDropout: argNumber('dropout', 0.3),
  mentionReplacement: argNumber('replace', 0),
};

const t0 = performance.now();
const data = loadData();
const corpora = loadNerCorpora(datasets, data);
const tokens = corpora.train.reduce((n, s) => n + s.tokens.length, 0);
console.log(
  `training on ${corpora.train.length} sentences, ${tokens} tokens; settings ${JSON.stringify(settings)}`,
);

const lists = gazetteerListsFromData(data, loadNameWords());
const gazetteer = createNameGazetteer(lists);
const commonWords = collectCommonWords(corpora.train, 2);
// mention replacement (off by default: it did not help the dev set, see README): copies of a
// fraction of the sentences with names, names drawn from the training
// text's names and the gazetteer's (replace-mentions.ts), read without the name lists
const inText = namesOf(corpora.train);
const listed = (phrases: readonly string[] = []) => phrases.map((p) => p.split(/\s+/));
const pools: MentionPools = {
  PER: [...inText.PER, ...listed(lists.phrases.PER)],
  ORG: [...inText.ORG, ...listed(lists.phrases.ORG)],
  LOC: [...inText.LOC, ...listed(lists.phrases.LOC)],
};
const train = [
  ...corpora.train,
  ...replaceMentions(corpora.train, pools, settings.mentionReplacement, settings.seed),
];
console.log(`with replaced mentions: ${train.length} sentences`);
// the same lists without any names: for knowledge dropout
const nameless = createNameGazetteer({
  ...lists,
  phrases: { DEMONYM: lists.phrases.DEMONYM, TITLE: lists.phrases.TITLE },
  givenNames: [],
  nameWords: NO_NAME_WORDS,
});
const trained = trainPerceptron(train, createFeatureExtractor(gazetteer, commonWords), {
  ...settings,
  dropout: {
    extractor: createFeatureExtractor(nameless, commonWords),
    fraction: settings.knowledgeDropout,
    seed: settings.seed,
    alwaysFrom: corpora.train.length,
  },
  onEpoch: (epoch, errors) =>
    console.log(
      `epoch ${epoch}: ${errors} token errors (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    ),
});
const bySource = new Map<string, number>();
for (const s of corpora.train) {
  const corpus = s.source.split(':')[0]!;
  bySource.set(corpus, (bySource.get(corpus) ?? 0) + s.tokens.length);
}
const file = encodeTaggerModel(trained, commonWords, settings.pruneBelow, {
  ...settings,
  corpora: TRAINING_SOURCES,
  tokens: Object.fromEntries(bySource),
  heldOutForDevelopment:
    'every other GUM news document, last 15% of wikigold, last 20% of UNER-EWT test',
  notUsed: 'UNER English-PUD (test only)',
});
mkdirSync(dirname(out), { recursive: true });
const json = `${JSON.stringify(file)}\n`;
writeFileSync(out, json);
console.log(
  `wrote ${out}: ${file.featureCount} of ${trained.features.length} features kept, ${(json.length / 1048576).toFixed(2)} MB, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);

const tagger = createNameTagger(decodeTaggerModel(file), gazetteer);
console.log(scoreDevParts(corpora.dev, (s) => tagger.spans(s.tokens)));
