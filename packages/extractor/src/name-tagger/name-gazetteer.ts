/**
 * Gazetteer membership for the name tagger: which tokens of a sentence lie inside a known
 * country, place, organisation, person, group, metonym, demonym or title (longest match per
 * class), plus single-word lexicons (given names, organisation and place head words).
 */
import type { RawData } from '../data/load-data';
import { NAME_WORD_CLASSES, NO_NAME_WORDS, type NameWords } from './name-words-file';

/** Phrase classes, in the order of the per-token slots written by `markSentence`. */
export const GAZETTEER_CLASSES = [
  'LOC',
  'ORG',
  'PER',
  'GROUP',
  'METONYM',
  'DEMONYM',
  'TITLE',
] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];
export const GAZETTEER_CLASS_COUNT = GAZETTEER_CLASSES.length;
const TITLE_CLASS = GAZETTEER_CLASSES.indexOf('TITLE');

/**
 * Single-word lexicons, as bits of `wordLexicon()`. `bareHead`: an organisation or place head
 * word that is not itself a known name ('Party', 'Ministry', 'River'; not 'Congress').
 */
export const LEXICON_BITS = {
  givenName: 1,
  orgHead: 2,
  placeHead: 4,
  titleWord: 8,
  bareHead: 16,
  /** the NAME_WORD_CLASSES of name-words.json, in order: 32 firstName … 512 orgWord */
  firstNameWord: 32,
  lastNameWord: 64,
  placeWord: 128,
  organizationWord: 256,
  orgNameWord: 512,
} as const;
export const LEXICON_BIT_COUNT = 10;
const NAME_WORD_BIT = 32;

export interface GazetteerLists {
  phrases: Partial<Record<GazetteerClass, readonly string[]>>;
  givenNames: readonly string[];
  orgHeads: readonly string[];
  placeHeads: readonly string[];
  /** word classes of name-words.json (lower-case words) */
  nameWords?: NameWords;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  classes: number;
}
const newNode = (): TrieNode => ({ next: new Map(), classes: 0 });

/** 'the Kremlin' → [Kremlin]; 'Guinea-Bissau' → [Guinea-Bissau] and [Guinea, -, Bissau]. */
function phraseVariants(phrase: string): string[][] {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1 && /^the$/i.test(words[0]!)) words.shift();
  if (words.length === 0) return [];
  const split = words.flatMap((w) => w.split(/(-)/).filter(Boolean));
  return split.length === words.length ? [words] : [words, split];
}

export interface NameGazetteer {
  /**
   * Writes 1 (first token) or 2 (later token) per token × class into `out` (n × classes);
   * `lowered` holds the tokens lower-cased (titles match case-insensitively). `starts` (from
   * `phraseStarts`, per token) lets it skip tokens that start no phrase.
   */
  markSentence(
    tokens: readonly string[],
    lowered: readonly string[],
    out: Uint8Array,
    starts?: ArrayLike<number>,
  ): void;
  /** 1: the word starts a phrase; 2: its lower-case form starts a title. */
  phraseStarts(word: string): number;
  /** LEXICON_BITS set for one word. */
  wordLexicon(word: string): number;
}

export function createNameGazetteer(lists: GazetteerLists): NameGazetteer {
  const exact = newNode();
  const folded = newNode(); // titles match case-insensitively
  GAZETTEER_CLASSES.forEach((cls, c) => {
    const root = c === TITLE_CLASS ? folded : exact;
    for (const phrase of lists.phrases[cls] ?? []) {
      for (const words of phraseVariants(c === TITLE_CLASS ? phrase.toLowerCase() : phrase)) {
        let node = root;
        for (const w of words) {
          let child = node.next.get(w);
          if (!child) node.next.set(w, (child = newNode()));
          node = child;
        }
        node.classes |= 1 << c;
      }
    }
  });
  const lexicon = new Map<string, number>();
  const addWords = (words: readonly string[], bit: number, lower: boolean) => {
    for (const w of words) {
      const k = lower ? w.toLowerCase() : w;
      lexicon.set(k, (lexicon.get(k) ?? 0) | bit);
    }
  };
  addWords(lists.givenNames, LEXICON_BITS.givenName, false);
  addWords(lists.orgHeads, LEXICON_BITS.orgHead, false);
  addWords(lists.placeHeads, LEXICON_BITS.placeHead, false);
  NAME_WORD_CLASSES.forEach((cls, k) => {
    addWords(lists.nameWords?.[cls] ?? [], NAME_WORD_BIT << k, true);
  });
  for (const t of lists.phrases.TITLE ?? []) {
    addWords(t.toLowerCase().split(/[\s-]+/), LEXICON_BITS.titleWord, false);
  }
  const bareHeads = [...lists.orgHeads, ...lists.placeHeads].filter(
    (w) => !exact.next.get(w)?.classes,
  );
  addWords(bareHeads, LEXICON_BITS.bareHead, false);

  const ends = new Int32Array(GAZETTEER_CLASS_COUNT);
  const covered = new Int32Array(GAZETTEER_CLASS_COUNT);

  function markFrom(
    root: TrieNode,
    tokens: readonly string[],
    out: Uint8Array,
    starts: ArrayLike<number> | undefined,
    bit: number,
  ) {
    covered.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      if (starts && !(starts[i]! & bit)) continue;
      ends.fill(0);
      let node: TrieNode | undefined = root;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(tokens[j]!);
        if (!node || !node.classes) continue;
        for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++)
          if (node.classes & (1 << c)) ends[c] = j + 1;
      }
      for (let c = 0; c < GAZETTEER_CLASS_COUNT; c++) {
        if (ends[c]! <= covered[c]!) continue; // inside a longer match that started earlier
        for (let k = i; k < ends[c]!; k++) out[k * GAZETTEER_CLASS_COUNT + c] = k === i ? 1 : 2;
        covered[c] = ends[c]!;
      }
    }
  }

  return {
    markSentence(tokens, lowered, out, starts) {
      out.fill(0, 0, tokens.length * GAZETTEER_CLASS_COUNT);
      markFrom(exact, tokens, out, starts, 1);
      markFrom(folded, lowered, out, starts, 2);
    },
    phraseStarts: (word) =>
      (exact.next.has(word) ? 1 : 0) | (folded.next.has(word.toLowerCase()) ? 2 : 0),
    wordLexicon: (word) => (lexicon.get(word) ?? 0) | (lexicon.get(word.toLowerCase()) ?? 0),
  };
}

/**
 * The lists the tagger uses, taken from the project's gazetteer and lexicons (`loadData()`, the
 * Phoenix people and organisations included when loaded) and the word classes of name-words.json.
 */
export function gazetteerListsFromData(
  data: RawData,
  nameWords: NameWords = NO_NAME_WORDS,
): GazetteerLists {
  const countries = data.countries.countries;
  const titleWords = new Set(data.roles.titles.map((t) => t.text.toLowerCase()));
  // 'President Putin' → 'Putin': a person's alias may start with a title
  const withoutTitle = (name: string) => {
    const words = name.split(/\s+/);
    while (words.length > 1 && titleWords.has(words[0]!.toLowerCase())) words.shift();
    return words.join(' ');
  };
  return {
    phrases: {
      LOC: [
        ...countries.flatMap((c) => [
          c.name,
          ...(c.official ? [c.official] : []),
          ...c.aliases,
          ...(c.capital ? [c.capital] : []),
          ...c.capitalAliases,
        ]),
        ...data.territories.territories.flatMap((t) => [t.name, ...t.aliases]),
      ],
      ORG: [
        ...data.organizations.organizations,
        ...data.phoenix.organizations.organizations,
      ].flatMap((o) => [o.name, ...o.aliases]),
      PER: [...data.people.people, ...data.phoenix.people.people].flatMap((p) =>
        [p.name, ...p.aliases].map(withoutTitle),
      ),
      GROUP: data.groups.groups.flatMap((g) => [g.name, ...g.aliases]),
      METONYM: data.metonyms.metonyms.map((m) => m.text),
      DEMONYM: countries.flatMap((c) => [...c.demonyms, ...c.demonymPlurals]),
      TITLE: data.roles.titles.map((t) => t.text),
    },
    givenNames: data.givenNames.names,
    orgHeads: data.orgHeads.heads,
    placeHeads: data.orgHeads.locationHeads,
    nameWords,
  };
}
