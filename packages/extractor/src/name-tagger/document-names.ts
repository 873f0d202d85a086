/**
 * Document memory for the name tagger: the sentences of one document are tagged one by one, then
 * (1) every mention of a name gets the type most of its mentions have (ties: the first mention's),
 * (2) a later or earlier one-word mention of a person's surname is that person ('Valeska Paris'
 * … 'Paris claims'), whatever type the sentence alone gave it, and (3) an untagged capitalised
 * repeat of a multi-word name found elsewhere in the document is tagged with that name's type.
 */
import type { NameSpan } from './bio-spans';
import type { NameType } from './name-tags';
import { TypeVotes } from './type-votes';

type Spans = NameSpan<NameType>[];
const CAPITALISED = /^\p{Lu}/u;

const keyOf = (tokens: readonly string[], s: NameSpan<NameType>) =>
  tokens.slice(s.start, s.end).join(' ');

export function harmoniseDocument(
  sentences: readonly (readonly string[])[],
  found: readonly Spans[],
): Spans[] {
  const votes = new TypeVotes();
  const first = new Map<string, NameType>();
  const surnames = new Set<string>();
  sentences.forEach((tokens, k) => {
    for (const s of found[k]!) {
      const key = keyOf(tokens, s);
      votes.add(key, s.type);
      if (!first.has(key)) first.set(key, s.type);
      if (s.type === 'PER' && s.end - s.start >= 2 && CAPITALISED.test(tokens[s.end - 1]!)) {
        surnames.add(tokens[s.end - 1]!);
      }
    }
  });
  const typeOf = (key: string, own: NameType): NameType => {
    if (surnames.has(key)) return 'PER';
    return votes.winner(key, first.get(key) ?? own);
  };
  // multi-word names, longest first, for untagged repeats
  const longNames = [...first.keys()]
    .map((key) => ({ words: key.split(' '), key }))
    .filter((x) => x.words.length >= 2 && x.words.every((w) => w !== ''))
    .sort((a, b) => b.words.length - a.words.length || (a.key < b.key ? -1 : 1));

  return sentences.map((tokens, k) => {
    const spans: Spans = found[k]!.map((s) => ({ ...s, type: typeOf(keyOf(tokens, s), s.type) }));
    const taken = new Uint8Array(tokens.length);
    for (const s of spans) taken.fill(1, s.start, s.end);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] || !CAPITALISED.test(tokens[i]!)) continue;
      const repeat = longNames.find(
        (x) =>
          i + x.words.length <= tokens.length &&
          x.words.every((w, j) => tokens[i + j] === w && !taken[i + j]),
      );
      if (repeat) {
        spans.push({ start: i, end: i + repeat.words.length, type: typeOf(repeat.key, 'PER') });
        taken.fill(1, i, i + repeat.words.length);
      } else if (surnames.has(tokens[i]!) && i > 0) {
        spans.push({ start: i, end: i + 1, type: 'PER' });
        taken[i] = 1;
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  });
}
