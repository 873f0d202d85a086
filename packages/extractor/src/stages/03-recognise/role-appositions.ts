import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, SegmentedDoc, StructuralFact, Token } from '../../types';
import type { Coverage } from './coverage';
import { BODY_TYPES, orgAhead, partyRef, partyWord } from './role-body';
import { addRole, matchTitle, newPerson, personAt } from './role-pass';
import { isNameWord, isPossessive, nameRun } from './token-utils';

/** 'X, the Secretary of Justice for Y', 'X, an aide to Y'. */
const BODY_PREPS = new Set(['of', 'to', 'for']);
/** Lower-case words before an apposition title ('the new Sultan': wink may tag 'new' PROPN). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** 'Vladimir Makei, Belarus's foreign minister', 'Arthur Lira, the speaker of the Chamber of Deputies'. */
export function appositions(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  for (let c = 1; c < tokens.length - 1; c++) {
    if (tokens[c]!.text !== ',') continue;
    let k = c + 1;
    // 'X, one of President Y's aides'
    if (tokens[k]?.lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2;
    if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
    // 'a senior TPLF official', 'a former South African deputy president', "Abiy's adviser":
    // adjectives and one actor (a person's possessive only) may precede the title.
    let holder: DocMention | undefined;
    let owner: DocMention | undefined;
    let title = matchTitle(tokens, k, kb.titles, true);
    // "one of President Y's aides": the title belongs to Y's name, the role comes after.
    const named = title && cov.mentionAt(title.end);
    if (named?.ref?.type === 'Person' && isPossessive(tokens[named.tokenEnd])) {
      owner = named;
      k = named.tokenEnd + 1;
      title = matchTitle(tokens, k, kb.titles, true) ?? pluralTitle(tokens, k, kb);
    }
    for (let guard = 0; !title && tokens[k] && guard < 5; guard++) {
      const m = cov.mentionAt(k);
      if (m?.ref && !holder && BODY_TYPES.has(m.ref.type) && m.tokenStart === k) {
        holder = m;
        k = m.tokenEnd + (isPossessive(tokens[m.tokenEnd]) ? 1 : 0);
      } else if (m?.ref?.type === 'Person' && !holder && isPossessive(tokens[m.tokenEnd])) {
        owner = m;
        k = m.tokenEnd + 1;
      } else if (!m && !tokens[k]!.cap && MODIFIER_POS.has(tokens[k]!.pos)) k++;
      else if (!m && !holder && memberTitleAt(tokens, k + 1, kb)) {
        holder = partyWord(doc, k, kb, cov);
        if (!holder) break;
        k++;
      } else break;
      title = matchTitle(tokens, k, kb.titles, true) ?? pluralTitle(tokens, k, kb);
    }
    if (!title || (tokens[title.end] && isNameWord(tokens[title.end]!, kb))) continue;
    const person = personEndingAt(doc, c - 1, kb, cov);
    if (!person) continue;
    if (!holder && BODY_PREPS.has(tokens[title.end]?.lower ?? ''))
      holder =
        mentionAhead(doc, title.end + 1, cov, title.entry.body === 'person') ??
        (title.entry.body === 'organisation' ? orgAhead(doc, title.end + 1, kb, cov) : undefined);
    addRole(
      facts,
      person,
      { mention: holder, person: owner, blocked: !holder, modifiers: [] },
      title.entry,
      tokens,
      k,
      title.end,
      doc.date,
    );
  }
}

function personEndingAt(
  doc: SegmentedDoc,
  k: number,
  kb: KnowledgeBase,
  cov: Coverage,
): DocMention | undefined {
  const m = cov.mentionAt(k);
  if (m) return m.ref?.type === 'Person' && m.tokenEnd === k + 1 ? m : undefined;
  // The longest name run ending at k ('Phumzile Mlambo-Ngcuka': hyphens inside).
  let s = k;
  for (let from = k - 1; from >= 0 && k - from < 5; from--)
    if (nameRun(doc.tokens, from, kb, cov) === k + 1) s = from;
  if (s === k) return undefined;
  return newPerson(doc, s, k + 1, kb, cov);
}

/** The first actor mention within a few determiner/adjective/noun tokens ('of the main opposition party X'). */
function mentionAhead(
  doc: SegmentedDoc,
  k: number,
  cov: Coverage,
  person: boolean,
): DocMention | undefined {
  for (let n = 0; n < 5 && k < doc.tokens.length; n++, k++) {
    const m = cov.mentionAt(k);
    if (m)
      return m.ref && (BODY_TYPES.has(m.ref.type) || (person && m.ref.type === 'Person'))
        ? m
        : undefined;
    const t = doc.tokens[k]!;
    if (!['DET', 'ADJ', 'NOUN'].includes(t.pos) || t.cap) return undefined;
  }
  return undefined;
}

const memberTitleAt = (tokens: Token[], k: number, kb: KnowledgeBase) =>
  !!matchTitle(tokens, k, kb.titles, true)?.entry.member;

/** "one of Y's aides": a one-word title in the plural. */
function pluralTitle(tokens: Token[], k: number, kb: KnowledgeBase) {
  const t = tokens[k];
  if (!t || t.lemma === t.lower) return undefined;
  const entry = kb.titles.get(t.lemma)?.find((e) => e.words.length === 1);
  return entry ? { entry, end: k + 1 } : undefined;
}

const ARTICLE = new Set(['a', 'an']);
const CLOSE = new Set([',', '.', ';', ')']);

/**
 * 'X, a Republican, said' and 'a Democrat, X, said': a party noun the gazetteer knows as
 * '<word> Party' or '<word>s', apposed to a name, gives MEMBER_OF.
 */
export function partyAppositions(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  for (let c = 1; c < tokens.length - 3; c++) {
    if (tokens[c]!.text !== ',' || !ARTICLE.has(tokens[c + 1]!.lower)) continue;
    const w = c + 2;
    if (tokens[w]!.sent !== tokens[c]!.sent || !CLOSE.has(tokens[w + 1]?.text ?? '')) continue;
    const ref = cov.covered(w) ? undefined : partyRef(tokens[w]!, kb);
    if (!ref) continue;
    const before = personEndingAt(doc, c - 1, kb, cov);
    const after =
      !before && tokens[w + 1]!.text === ',' ? personAt(doc, w + 2, kb, cov) : undefined;
    const person = before ?? after;
    if (!person) continue;
    const party = cov.add(w, w + 1, ref, 'alias', 'pattern');
    const trigger = { start: tokens[w]!.start, end: tokens[w]!.end };
    facts.push({
      type: 'MEMBER_OF',
      source: person,
      target: party,
      sent: person.sent,
      trigger,
      confidence: 0.85,
    });
  }
}
