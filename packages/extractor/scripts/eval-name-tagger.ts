/**
 * Scores the name tagger and `compromise` side by side: exact-span PER / ORG / LOC precision,
 * recall and F1 (CoNLL style), per type and micro-averaged.
 * Run: npx tsx packages/extractor/scripts/eval-name-tagger.ts [--set dev|pud] [--model file]
 *   [--datasets dir] [--errors 30]
 * `--set pud` is UNER English-PUD, the TEST set: run it once per finished model, never to tune.
 */
import { loadData } from '../src/data/load-data';
import { bioToSpans, type NameSpan } from '../src/name-tagger/bio-spans';
import { loadNameTagger } from '../src/name-tagger/load-name-tagger';
import type { LabelledSentence } from '../src/name-tagger/training/labelled-sentence';
import { formatScores } from '../src/name-tagger/training/score-spans';
import { compromiseSpans } from './name-tagger/compromise-spans';
import { DEFAULT_DATASETS_DIR, loadNerCorpora, loadPudTestSet } from './name-tagger/ner-corpora';
import { scoreDevParts, scoreSentences } from './name-tagger/score-dev';
import { argNumber, argValue } from './name-tagger/script-args';

const set = argValue('set') ?? 'dev';
const datasets = argValue('datasets') ?? DEFAULT_DATASETS_DIR;
const modelFile = argValue('model');
const tagger = loadNameTagger(modelFile ? { modelFile } : {});
const ours = (s: LabelledSentence) => tagger.spans(s.tokens);
const theirs = (s: LabelledSentence) => compromiseSpans(s.tokens, s.text);

/**
 * Document mode: the development parts whose sentences carry a document (GUM's `gum:<doc>`), each
 * document tagged with `documentSpans`; the spans are memoised per sentence for the scorer.
 */
function documentParts(dev: ReadonlyMap<string, LabelledSentence[]>) {
  const byDocument = new Map<LabelledSentence, NameSpan<string>[]>();
  const parts = new Map<string, LabelledSentence[]>();
  for (const [part, sentences] of dev) {
    const docs = new Map<string, LabelledSentence[]>();
    for (const s of sentences) {
      if (s.source.startsWith('gum:')) docs.set(s.source, [...(docs.get(s.source) ?? []), s]);
    }
    if (docs.size === 0) continue;
    for (const doc of docs.values()) {
      const found = tagger.documentSpans(doc.map((s) => s.tokens));
      doc.forEach((s, k) => byDocument.set(s, found[k]!));
    }
    parts.set(`${part} (document mode)`, [...docs.values()].flat());
  }
  return { parts, spans: (s: LabelledSentence) => byDocument.get(s)! };
}

/** Prints up to `limit` sentences where the tagger's names differ from the gold names. */
function printErrors(sentences: readonly LabelledSentence[], limit: number): void {
  const show = (s: LabelledSentence, spans: NameSpan<string>[]) =>
    spans.map((x) => `[${s.tokens.slice(x.start, x.end).join(' ')}]${x.type}`).join(' ');
  let shown = 0;
  for (const s of sentences) {
    if (shown >= limit) break;
    const gold = show(
      s,
      bioToSpans(s.tags).filter((x) => x.type !== 'MISC'),
    );
    const got = show(s, ours(s));
    if (gold === got) continue;
    shown++;
    console.log(`${s.tokens.join(' ')}\n  gold: ${gold}\n  ours: ${got}`);
  }
}

if (set === 'pud') {
  const sentences = loadPudTestSet(datasets);
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  console.log(`UNER English-PUD (test only): ${sentences.length} sentences, ${tokens} tokens`);
  console.log(
    formatScores([
      { system: 'name-tagger', scores: scoreSentences(sentences, ours) },
      { system: 'compromise', scores: scoreSentences(sentences, theirs) },
    ]),
  );
} else if (set === 'dev') {
  const { dev } = loadNerCorpora(datasets, loadData());
  console.log(scoreDevParts(dev, ours, 'name-tagger'));
  console.log(scoreDevParts(dev, theirs, 'compromise'));
  const documents = documentParts(dev);
  console.log(scoreDevParts(documents.parts, documents.spans, 'name-tagger'));
  const errors = argNumber('errors', 0);
  if (errors > 0) printErrors([...dev.values()].flat(), errors);
} else {
  throw new Error(`--set must be dev or pud, got ${set}`);
}
