import type { KnowledgeBase, TitleEntry } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, Token } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { isPossessive, nameRun } from './token-utils';

/** Mention types that can be the body a title belongs to. */
export const BODY_TYPES = new Set(['Country', 'Organization', 'Group']);
const LED_BY = new Set(['led', 'headed', 'chaired', 'run', 'lead']);
const BODY_PREPS = new Set(['of', 'at', 'for']);
const CONNECTORS = new Set(['of', 'for', 'on', '&']);

/**
 * A capitalised name run right before a title that no earlier pass explained ('ABS-CBN CEO',
 * 'House of Commons Speaker'): the body the title belongs to. It becomes an organisation when the
 * title is an organisation's or the run ends in an organisation head word; otherwise `blocked`
 * (a named body we cannot resolve: never guess a country instead). `start` is its first token.
 */
export function nameRunBefore(
  doc: SegmentedDoc,
  i: number,
  title: TitleEntry,
  kb: KnowledgeBase,
  cov: Coverage,
): { mention?: DocMention; blocked: boolean } {
  const { tokens } = doc;
  const sent = tokens[i]!.sent;
  let start = i;
  for (let k = i - 1; k >= 0 && i - k <= 6 && tokens[k]!.sent === sent && !cov.covered(k); k--) {
    const t = tokens[k]!;
    if (nameToken(t)) {
      start = k;
      continue;
    }
    const glued =
      t.text === '-' && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1]?.start;
    const joins = glued || (CONNECTORS.has(t.lower) && nameToken(tokens[k - 1]));
    if (!joins || start !== k + 1) break;
  }
  // A sentence-initial capital that is no proper noun ('Former President X') starts no name.
  if (start < i - 1 && tokens[start]!.initial && tokens[start]!.pos !== 'PROPN') start++;
  if (start === i || isPossessive(tokens[start - 1])) return { blocked: false };
  const words = tokens.slice(start, i);
  const orgLike =
    title.body === 'organisation' ||
    kb.orgHeads.has(words[words.length - 1]!.text) ||
    words.some((w) => CONNECTORS.has(w.lower));
  // One word ('Acting', 'Presidential', 'Democratic') may be a capitalised modifier, not a body.
  if (!orgLike) return { blocked: words.length > 1 };
  return { mention: organisation(doc, start, i, cov), blocked: true };
}

/**
 * 'X, chief executive of ABS-CBN': an unresolved name run after an organisation title; after
 * any title (`headed`) only a run ending in an organisation head word ('president of the
 * Linguistic Society', 'chair of the Green Valley Trust').
 */
export function orgAhead(
  doc: SegmentedDoc,
  k: number,
  kb: KnowledgeBase,
  cov: Coverage,
  headed = false,
): DocMention | undefined {
  if (doc.tokens[k]?.lower === 'the') k++;
  const end = nameRun(doc.tokens, k, kb, cov);
  if (end <= k || (headed && !kb.orgHeads.has(doc.tokens[end - 1]!.text))) return undefined;
  // 'director of Media and Communications': a field or department, not a body.
  if (doc.tokens[end]?.lower === 'and' && doc.tokens[end + 1]?.cap) return undefined;
  return organisation(doc, k, end, cov);
}

/** A new organisation, or the document's organisation it shortens ('ABS-CBN' → 'ABS-CBN Corporation'). */
function organisation(doc: SegmentedDoc, from: number, to: number, cov: Coverage): DocMention {
  const name = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  const named = cov
    .sorted()
    .find((m) => m.ref?.type === 'Organization' && m.ref.name.startsWith(`${name} `));
  const ref = named?.ref ?? {
    id: slug(name),
    name,
    type: 'Organization' as const,
    known: false,
    salient: true,
  };
  return cov.add(from, to, ref, 'name', 'pattern');
}

const nameToken = (t: Token | undefined) =>
  !!t &&
  t.cap &&
  (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') &&
  /\p{L}/u.test(t.text);

/** 'The Supreme Court is led by President X': the body is the subject of 'led by'. */
export function ledByBody(tokens: Token[], i: number, cov: Coverage): DocMention | undefined {
  if (tokens[i - 1]?.lower !== 'by' || !LED_BY.has(tokens[i - 2]?.lower ?? '')) return undefined;
  const sent = tokens[i]!.sent;
  for (let k = i - 3; k >= 0 && i - k < 10 && tokens[k]!.sent === sent; k--) {
    const m = cov.mentionAt(k);
    if (m?.ref && BODY_TYPES.has(m.ref.type)) return m;
    if (m || tokens[k]!.text === ',') return undefined;
  }
  return undefined;
}

/** 'President of the Supreme Court X', 'chair of the Foreign Affairs Committee X': body and the token after it. */
export function bodyAfter(
  tokens: Token[],
  end: number,
  kb: KnowledgeBase,
  cov: Coverage,
): { mention: DocMention; next: number } | undefined {
  if (!BODY_PREPS.has(tokens[end]?.lower ?? '')) return undefined;
  let k = end + 1;
  if (tokens[k]?.lower === 'the') k++;
  const m = cov.mentionAt(k);
  if (!m?.ref || !BODY_TYPES.has(m.ref.type) || m.tokenStart !== k) return undefined;
  // 'a spokesman for German Chancellor X': a demonym or modifier belongs to the next title.
  if (m.kind === 'demonym' || m.modifier || kb.titles.has(tokens[m.tokenEnd]?.lower ?? ''))
    return undefined;
  return { mention: m, next: m.tokenEnd };
}

/**
 * 'Labour MP X', 'Republican representative X', 'X, a Conservative MP': a capitalised word
 * before a member title that the gazetteer knows as '<word> Party' or '<word>s' is that party.
 */
export function partyWord(
  doc: SegmentedDoc,
  k: number,
  kb: KnowledgeBase,
  cov: Coverage,
): DocMention | undefined {
  const t = doc.tokens[k];
  const ref = t && !cov.covered(k) ? partyRef(t, kb) : undefined;
  return ref ? cov.add(k, k + 1, ref, 'alias', 'pattern') : undefined;
}

/** The party a capitalised word names ('Labour' → 'Labour Party', 'Democrat' → 'Democrats'). */
export function partyRef(t: Token, kb: KnowledgeBase): EntityRef | undefined {
  if (!t.cap || !/^\p{L}+$/u.test(t.text)) return undefined;
  for (const form of [`${t.text} Party`, `${t.text}s`]) {
    const e = kb.phrases.match(form, 0);
    if (e?.surface.length === form.length && e.ref.type === 'Organization' && isParty(e.ref))
      return e.ref;
  }
  return undefined;
}

export const isParty = (ref: { type: string; kind?: string; name: string }) =>
  ref.type === 'Group' || ref.kind === 'party' || /\bPart(?:y|ies)\b/.test(ref.name);
