import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, StructuralFact, Token } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { groupAt, peoplesOfCountries, repeatedGroups } from './group-pass';
import { isPossessive, matchWords } from './token-utils';

const MOD_POS = new Set(['ADJ', 'NOUN', 'NUM', 'VERB']);
const YEAR = /^(1[89]|20)\d\d$/;
/** Left out of event names: determiners and ordinals ('the second coup' -> 'coup'). */
const NAME_NOISE =
  /^(?:(?:the|a|an|this|that|its|their|first|second|third|fourth|fifth|latest|new|recent|fresh|ongoing|current|last|next)\s+)+/i;
const NONE: { words: string[]; cls: string }[] = [];
const LOC_PREPS = new Set(['in', 'of', 'on', 'against']);

export interface NpInfo {
  from: number;
  year?: string;
  country?: EntityRef;
  distinguished: boolean;
}

/** Events ('mass pro-democracy protests', 'the invasion') and pattern groups ('political opposition'). */
export function nounPhrasePass(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[] = [],
): void {
  const { tokens } = doc;
  const events = new Map<string, EntityRef>();
  const eventMentions: { m: DocMention; cls: string; key?: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (cov.covered(i)) continue;
    const t = tokens[i]!;
    let cls: string | undefined;
    let end = i + 1;
    let start = i;
    for (const mw of kb.eventMultiword.get(t.lower) ?? NONE) {
      const e = matchWords(tokens, i, mw.words);
      if (e > 0) {
        cls = mw.cls;
        end = e;
        break;
      }
    }
    if (!cls && t.pos === 'NOUN' && !nounFollows(tokens, i)) cls = kb.eventHeads.get(t.lemma);
    if (cls) {
      const np = modifiers(doc, start, kb, cov, kb.eventModifiers);
      start = np.from;
      const country = np.country ?? countryAfter(tokens, end, cov);
      const key = np.year ?? sentenceYear(doc, t.sent);
      const keyId =
        key || country
          ? slug(['evt', key, country?.iso3, cls].filter(Boolean).join('-'))
          : undefined;
      const id = keyId ?? slug(`evt-${cls}-${doc.id}`);
      const ref = events.get(id) ?? {
        id,
        name: '',
        type: 'Event' as const,
        known: false,
        eventClass: cls,
      };
      events.set(id, ref);
      const m = cov.add(start, end, ref, 'nominal', 'pattern');
      if (np.year || np.distinguished || np.country) ref.salient = true;
      const name = m.text.replace(NAME_NOISE, '');
      if (name.length > ref.name.length) ref.name = name;
      if (key)
        ref.aliases = [...new Set([...(ref.aliases ?? []), `${key} ${tokens[end - 1]!.text}`])];
      eventMentions.push({ m, cls, key: keyId });
      i = end - 1;
      continue;
    }
    groupAt(doc, kb, cov, i, facts);
  }
  mergeUnkeyed(eventMentions);
  peoplesOfCountries(doc, kb, cov, facts);
  repeatedGroups(cov);
}

/** Modifiers before a head: ADJ/NOUN/NUM words, a year, a demonym or possessive country. */
export function modifiers(
  doc: SegmentedDoc,
  head: number,
  kb: KnowledgeBase,
  cov: Coverage,
  distinct: Set<string>,
): NpInfo {
  const { tokens } = doc;
  const info: NpInfo = { from: head, distinguished: false };
  let k = head - 1;
  while (k >= 0 && head - k <= 5 && tokens[k]!.sent === tokens[head]!.sent) {
    const t = tokens[k]!;
    const m = cov.mentionAt(k);
    if (m) {
      if (m.ref?.type === 'Country' && (m.kind === 'demonym' || isPossessive(tokens[k + 1])))
        info.country = m.ref;
      break;
    }
    if (isPossessive(t)) {
      const owner = cov.mentionAt(k - 1);
      if (owner?.ref?.type === 'Country') info.country = owner.ref;
      break;
    }
    if (!MOD_POS.has(t.pos) || t.cap || kb.eventHeads.has(t.lemma)) {
      if (!(t.pos === 'NUM' && YEAR.test(t.text))) break;
    }
    if (YEAR.test(t.text)) info.year = t.text;
    if (distinct.has(t.lower)) info.distinguished = true;
    info.from = k;
    k--;
  }
  return info;
}

function countryAfter(tokens: Token[], end: number, cov: Coverage): EntityRef | undefined {
  if (!LOC_PREPS.has(tokens[end]?.lower ?? '')) return undefined;
  const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const m = cov.mentionAt(k);
  return m?.ref?.type === 'Country' && m.kind !== 'demonym' ? m.ref : undefined;
}

/** 'In 2020, ...': the single year a sentence opens with. */
function sentenceYear(doc: SegmentedDoc, sent: number): string | undefined {
  const s = doc.sentences[sent]!;
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 3); k++) {
    const t = doc.tokens[k]!;
    if (
      YEAR.test(t.text) &&
      (doc.tokens[k - 1]?.lower === 'in' || doc.tokens[k - 1]?.lower === 'since')
    )
      return t.text;
  }
  return undefined;
}

/** Unqualified mentions of a class join the one qualified event of that class in the document. */
function mergeUnkeyed(list: { m: DocMention; cls: string; key?: string }[]): void {
  const keyed = new Map<string, Set<EntityRef>>();
  for (const e of list)
    if (e.key && e.m.ref) keyed.set(e.cls, (keyed.get(e.cls) ?? new Set()).add(e.m.ref));
  for (const e of list) {
    const refs = keyed.get(e.cls);
    if (!e.key && refs?.size === 1) e.m.ref = [...refs][0];
  }
}

/** 'opposition party', 'protest leaders': the head is a modifier of a following noun. */
export function nounFollows(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    !!next &&
    next.sent === tokens[i]!.sent &&
    (next.pos === 'NOUN' || (next.pos === 'PROPN' && next.cap))
  );
}
