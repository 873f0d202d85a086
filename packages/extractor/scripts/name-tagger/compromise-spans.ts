/**
 * The `compromise` baseline on a tokenised sentence: its people / organizations / places on the
 * sentence text, mapped back to token spans (PER / ORG / LOC).
 */
import nlp from 'compromise';
import type { NameSpan } from '../../src/name-tagger/bio-spans';
import type { NameType } from '../../src/name-tagger/name-tags';

const TRAILING = /^(?:'s|’s|'|’|\p{P}+)$/u;

/** Character start of every token in `text`, or null when the tokens cannot be found in order. */
function tokenOffsets(tokens: readonly string[], text: string): number[] | null {
  const offsets: number[] = [];
  let pos = 0;
  for (const t of tokens) {
    const at = text.indexOf(t, pos);
    if (at < 0) return null;
    offsets.push(at);
    pos = at + t.length;
  }
  return offsets;
}

export function compromiseSpans(
  tokens: readonly string[],
  sentenceText?: string,
): NameSpan<NameType>[] {
  let text = sentenceText ?? tokens.join(' ');
  let offsets = tokenOffsets(tokens, text);
  if (!offsets) {
    text = tokens.join(' ');
    offsets = tokenOffsets(tokens, text)!;
  }
  const doc = nlp(text);
  const spans: NameSpan<NameType>[] = [];
  type Offsets = Array<{ offset: { start: number; length: number } }>;
  const groups: Array<[NameType, Offsets]> = [
    ['PER', doc.people().json({ offset: true }) as Offsets],
    ['ORG', doc.organizations().json({ offset: true }) as Offsets],
    ['LOC', doc.places().json({ offset: true }) as Offsets],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      const from = m.offset.start;
      const to = from + m.offset.length;
      let start = -1;
      let end = -1;
      tokens.forEach((t, i) => {
        const a = offsets![i]!;
        if (a < to && a + t.length > from) {
          if (start < 0) start = i;
          end = i + 1;
        }
      });
      while (end > start && start >= 0 && TRAILING.test(tokens[end - 1]!)) end--;
      while (start >= 0 && start < end && /^\p{P}+$/u.test(tokens[start]!)) start++;
      if (start >= 0 && end > start) spans.push({ start, end, type });
    }
  }
  return spans;
}
