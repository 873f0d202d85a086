/**
 * Named-entity spans from GUM mentions (see gum-name-extent.ts for where a name lies in its
 * mention). Types come from CORPUS_TYPE_MAP.gum; organisations that are countries or places
 * (GUM types a country acting as an organisation) become LOC as in UNER; nationality words
 * and plural names typed person ('Muslims') become MISC. Overlapping names keep the longer one.
 */
import type { NameSpan } from '../bio-spans';
import type { ModelType } from '../name-tags';
import { mapCorpusType } from './corpus-type-map';
import { nameExtent, mentionHead } from './gum-name-extent';
import type { GumMention, GumSentence } from './gum-mentions';

export interface GumNameHints {
  /** lower-cased title and honorific words: 'president', 'minister', 'mr.' */
  titleWords: ReadonlySet<string>;
  /** a country, territory or capital name in the project's gazetteer */
  isPlaceName: (text: string) => boolean;
  /** identities GUM types as `place` somewhere in the corpus */
  placeIdentities: ReadonlySet<string>;
  /** a nationality word ('Americans') */
  isDemonym: (text: string) => boolean;
}

function nameType(
  m: GumMention,
  text: string,
  plural: boolean,
  hints: GumNameHints,
): ModelType | null {
  const type = mapCorpusType('gum', m.etype);
  // 'Afghans', 'Muslims': groups of people, not a person's name
  if (type === 'PER' && (plural || hints.isDemonym(text))) return 'MISC';
  const identity = m.identity?.replace(/_\(.*\)$/, '').replace(/_/g, ' ');
  const isPlace =
    hints.isPlaceName(text) ||
    (m.identity !== null && hints.placeIdentities.has(m.identity)) ||
    (identity !== undefined && hints.isPlaceName(identity));
  return type === 'ORG' && isPlace ? 'LOC' : type;
}

/** The sentence's names as token spans, in text order. */
export function gumNameSpans(s: GumSentence, hints: GumNameHints): NameSpan[] {
  const mentionHeads = new Set(s.mentions.map((m) => mentionHead(s, m)));
  const candidates: NameSpan[] = [];
  for (const m of s.mentions) {
    const extent = nameExtent(s, m, hints.titleWords, mentionHeads);
    if (!extent) continue;
    const text = s.words
      .slice(extent.start, extent.end)
      .map((w) => w.form)
      .join(' ');
    const type = nameType(m, text, s.words[extent.head]!.plural, hints);
    if (type) candidates.push({ start: extent.start, end: extent.end, type });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(s.words.length);
  const kept: NameSpan[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
