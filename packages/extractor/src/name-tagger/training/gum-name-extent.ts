/**
 * Where the name lies inside one GUM mention. GUM mentions are whole noun phrases ('US
 * President Donald Trump', "North Korea's news agency KCNA"); the name is
 * - the words spelling the mention's Wikipedia identity, when they occur in it, else
 * - its head word (or a proper-noun apposition of a common-noun head) plus the words joined to it
 *   by name-internal relations (flat, compound, amod, nummod, 'of'-nmod, a possessor that is not
 *   a mention of its own) or standing next to it capitalised, and the connectives between them
 *   ('of', 'the', 'al', '-'). Words inside another mention nested in this one stop the growth;
 *   for people, titles and honorifics do too ('President').
 */
import type { GumMention, GumSentence } from './gum-mentions';

const NAME_RELATIONS = new Set([
  'flat',
  'flat:name',
  'flat:foreign',
  'compound',
  'amod',
  'nummod',
  'nmod',
  'nmod:poss',
]);
const CONNECTIVES = new Set(
  "of the and & for de del la le von van der den al bin ibn da du y - 's on".split(' '),
);
/** prepositions of name-internal `nmod`s: 'Bank of England', 'Council on Foreign Relations' */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'on', 'de', 'del', 'des', 'du']);
const WEAK_HEAD_RELATIONS = new Set(['conj', 'cc', 'punct', 'compound', 'flat', 'appos']);

export const isCapitalised = (form: string) => /^\p{Lu}/u.test(form);
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export interface NameExtent {
  start: number;
  end: number;
  head: number;
}

/** The mention's syntactic head: a word governed from outside it, preferring a core relation. */
export function mentionHead(s: GumSentence, m: GumMention): number {
  let first = -1;
  for (let i = m.start; i < m.end; i++) {
    const w = s.words[i]!;
    if (w.head >= m.start && w.head < m.end) continue;
    if (!WEAK_HEAD_RELATIONS.has(w.deprel.split(':')[0]!)) return i;
    if (first < 0) first = i;
  }
  return first < 0 ? m.start : first;
}

/** Token range spelling the identity ('Kim_Jong-un' → Kim Jong - un), if any. */
function identityRange(s: GumSentence, m: GumMention): [number, number] | null {
  if (!m.identity) return null;
  const target = normalise(m.identity.replace(/_\(.*\)$/, ''));
  if (!target) return null;
  for (let a = m.start; a < m.end; a++) {
    let text = '';
    for (let b = a; b < m.end && text.length < target.length; b++) {
      text += normalise(s.words[b]!.form);
      if (text === target) return [a, b + 1];
    }
  }
  return null;
}

const isNameWord = (upos: string, form: string) =>
  upos === 'PROPN' || (isCapitalised(form) && upos !== 'DET' && upos !== 'PRON');

function hasNamePreposition(s: GumSentence, i: number): boolean {
  return s.words.some(
    (w) => w.head === i && w.deprel === 'case' && NAME_PREPOSITIONS.has(w.form.toLowerCase()),
  );
}

/** The name inside mention `m`, or null when it is not a name. */
export function nameExtent(
  s: GumSentence,
  m: GumMention,
  titleWords: ReadonlySet<string>,
  mentionHeads: ReadonlySet<number>,
): NameExtent | null {
  const words = s.words;
  const found = identityRange(s, m);
  const spelled = (a: number, b: number) =>
    words
      .slice(a, b)
      .every((w) => isNameWord(w.upos, w.form) || CONNECTIVES.has(w.form.toLowerCase()));
  if (found && isNameWord(words[found[0]]!.upos, words[found[0]]!.form) && spelled(...found)) {
    return { start: found[0], end: found[1], head: found[1] - 1 };
  }
  let head = mentionHead(s, m);
  if (!isNameWord(words[head]!.upos, words[head]!.form)) {
    const appos = words.findIndex(
      (w, i) => i >= m.start && i < m.end && w.head === head && w.deprel === 'appos',
    );
    if (appos < 0 || words[appos]!.upos !== 'PROPN') return null;
    head = appos;
  }
  if (words[head]!.upos !== 'PROPN' && !m.identity) return null;
  const isTitle = (i: number) =>
    m.etype === 'person' && titleWords.has(words[i]!.form.toLowerCase());
  if (isTitle(head)) return null;
  const blocked = new Uint8Array(words.length);
  for (const other of s.mentions) {
    const nested = other !== m && other.start >= m.start && other.end <= m.end;
    if (nested && (head < other.start || head >= other.end))
      blocked.fill(1, other.start, other.end);
  }
  const inName = new Set([head]);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = m.start; i < m.end; i++) {
      const w = words[i]!;
      if (inName.has(i) || !inName.has(w.head) || !NAME_RELATIONS.has(w.deprel)) continue;
      if (w.deprel === 'nmod:poss' && mentionHeads.has(i)) continue;
      if (w.deprel === 'nmod' && (m.etype === 'person' || !hasNamePreposition(s, i))) continue;
      if (!isNameWord(w.upos, w.form) || isTitle(i)) continue;
      inName.add(i);
      changed = true;
    }
  }
  const joins = (i: number) =>
    inName.has(i) || (!blocked[i] && isNameWord(words[i]!.upos, words[i]!.form) && !isTitle(i));
  const grow = (step: 1 | -1): number => {
    let edge = head;
    for (let i = head + step; i >= m.start && i < m.end; i += step) {
      if (joins(i)) edge = i;
      else if (blocked[i] || !CONNECTIVES.has(words[i]!.form.toLowerCase())) break;
    }
    return edge;
  };
  return { start: grow(-1), end: grow(1) + 1, head };
}
