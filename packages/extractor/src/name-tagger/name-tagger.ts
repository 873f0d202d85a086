/**
 * The learned name tagger: tokens → BIO tags over PER / ORG / LOC (MISC is learnt but
 * returned as O), and spans over tokens. Fast path: the weights of a word's own features and of
 * its features as a neighbour are summed once per distinct word and memoised; only the
 * sentence-context features are looked up per token. Not re-entrant (buffers are reused).
 */
import { bioToSpans, type NameSpan } from './bio-spans';
import { harmoniseDocument } from './document-names';
import { LEXICON_BITS, type NameGazetteer } from './name-gazetteer';
import { MODEL_TAGS, NAME_TYPES, TAG_COUNT, type NameTag, type NameType } from './name-tags';
import { CONTEXT_SLOTS, createSentenceContext } from './sentence-context';
import type { TaggerModel } from './tagger-model-file';
import { viterbiDecode } from './viterbi';
import { createWeightTable, type WeightTable } from './weight-table';
import type { WordInfo } from './word-info';
import { COMMON_FLAG } from './word-info';
import { HONORIFICS } from './word-shape';
import {
  BOUNDARY_WORD,
  ROLE_OFFSETS,
  ROLE_SLOTS,
  SELF_SLOTS,
  writeRoleFeatures,
  writeSelfFeatures,
} from './word-features';

export interface NameTagger {
  /** One BIO tag per token (`O`, `B-PER`, `I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`). */
  tag(tokens: readonly string[]): NameTag[];
  /** The names in `tokens`: `{ start, end, type }`, end exclusive. */
  spans(tokens: readonly string[]): NameSpan<NameType>[];
  /**
   * The names of a document's sentences (each a token list), with document memory: one type per
   * name, surnames of found people, repeats of found names (document-names.ts).
   */
  documentSpans(sentences: readonly (readonly string[])[]): NameSpan<NameType>[][];
}

const T = TAG_COUNT;
const ROLES = ROLE_OFFSETS.length;
const OUTPUT_TAGS: readonly NameTag[] = MODEL_TAGS.map((t) =>
  t.endsWith('MISC') ? 'O' : (t as NameTag),
);
const NAME_TYPE_SET: ReadonlySet<string> = new Set(NAME_TYPES);

/** Summed weights of a word's own features, then of its features in each neighbour role. */
function wordScores(w: WordInfo, table: WeightTable): Float32Array {
  const scores = new Float32Array((1 + ROLES) * T);
  const hashes = new Uint32Array(Math.max(SELF_SLOTS, ROLE_SLOTS));
  writeSelfFeatures(w, hashes, 0);
  for (let k = 0; k < SELF_SLOTS; k++) if (hashes[k]) table.addTo(hashes[k]!, scores, 0);
  for (let role = 0; role < ROLES; role++) {
    writeRoleFeatures(w, role, hashes, 0);
    for (let k = 0; k < ROLE_SLOTS; k++) {
      if (hashes[k]) table.addTo(hashes[k]!, scores, (1 + role) * T);
    }
  }
  return scores;
}

export function createNameTagger(model: TaggerModel, gazetteer: NameGazetteer): NameTagger {
  const context = createSentenceContext(gazetteer, model.commonWords);
  const table = createWeightTable(model.features, model.weights);
  const boundary = wordScores(BOUNDARY_WORD, table);
  const hashes = new Uint32Array(CONTEXT_SLOTS);
  let emissions = new Float64Array(64 * T);
  let best = new Int32Array(64);

  // memoised on the word's WordInfo, which the sentence context memoises per word form
  const scoresOf = (w: WordInfo): Float32Array =>
    w === BOUNDARY_WORD ? boundary : (w.scores ??= wordScores(w, table));
  /** A one-word name that is only a head word ('Party', 'Ministry'): never a name alone. */
  const isBareHead = (w: WordInfo) => (w.lexicon & LEXICON_BITS.bareHead) !== 0;
  const isTitle = (w: WordInfo) =>
    HONORIFICS.has(w.lower) ||
    (w.lexicon & (LEXICON_BITS.titleWord | LEXICON_BITS.givenName)) === LEXICON_BITS.titleWord;

  /** `-` then a lower-case word that is no common word ('Kim Jong - un', 'Lee Cheuk - yan'). */
  const LOWER_PART = /^\p{Ll}+$/u;
  const hyphenPart = (i: number) =>
    i + 1 < context.words.length &&
    context.words[i]!.lower === '-' &&
    LOWER_PART.test(context.words[i + 1]!.lower) &&
    (context.words[i + 1]!.flags & COMMON_FLAG) === 0;

  /**
   * Name conventions the weights do not always follow: a bare head word is no name ('Party');
   * a person's name split at a hyphen goes on over a lower-case part ('Kim Jong - un');
   * a title or honorific opening a person's name stays out of it ('Prince Mohammed bin Salman',
   * 'Dr. William Glennie'); a nationality word is no place ('Syrian', 'South African').
   */
  function applyConventions(tags: NameTag[]): void {
    const n = tags.length;
    for (let i = 0; i < n; i++) {
      if (tags[i]![0] !== 'B') continue;
      let end = i + 1;
      while (end < n && tags[end]![0] === 'I') end++;
      const w = context.words[i]!;
      if ((end === i + 1 && isBareHead(w)) || context.isOnlyPhrase(i, end, 'DEMONYM')) {
        tags.fill('O', i, end);
        continue;
      }
      if (tags[i] === 'B-PER' && end > i + 1 && isTitle(w)) {
        tags[i] = 'O';
        tags[i + 1] = 'B-PER';
      }
      if (tags[i] === 'B-PER' && hyphenPart(end) && tags[end] === 'O' && tags[end + 1] === 'O') {
        tags.fill('I-PER', end, end + 2);
      }
    }
  }

  function tag(tokens: readonly string[]): NameTag[] {
    const n = tokens.length;
    if (n === 0) return [];
    if (best.length < n) {
      best = new Int32Array(n * 2);
      emissions = new Float64Array(n * 2 * T);
    }
    context.prepare(tokens);
    for (let i = 0; i < n; i++) {
      const at = i * T;
      const own = scoresOf(context.words[i]!);
      for (let t = 0; t < T; t++) emissions[at + t] = own[t]!;
      for (let role = 0; role < ROLES; role++) {
        const s = scoresOf(context.wordAt(i + ROLE_OFFSETS[role]!));
        for (let t = 0, r = (1 + role) * T; t < T; t++) emissions[at + t] += s[r + t]!;
      }
      context.writeContextFeatures(i, hashes, 0);
      for (let k = 0; k < CONTEXT_SLOTS; k++) if (hashes[k]) table.addTo(hashes[k]!, emissions, at);
    }
    viterbiDecode(emissions, n, model.transitions, best);
    const tags = new Array<NameTag>(n);
    for (let i = 0; i < n; i++) tags[i] = OUTPUT_TAGS[best[i]!]!;
    applyConventions(tags);
    return tags;
  }

  const spans = (tokens: readonly string[]) => bioToSpans<NameType>(tag(tokens), NAME_TYPE_SET);
  return {
    tag,
    spans,
    documentSpans: (sentences) => harmoniseDocument(sentences, sentences.map(spans)),
  };
}
