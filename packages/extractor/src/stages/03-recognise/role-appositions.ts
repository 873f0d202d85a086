import type { KnowledgeBase, TitleEntry } from '../../data/knowledge-base';
import type { DocMention, SegmentedDoc, StructuralFact, Token } from '../../types';
import type { Coverage } from './coverage';
import { BODY_TYPES, orgAhead, partyRef, partyWord } from './role-body';
import { addRole, matchTitle, newPerson, personAt } from './role-pass';
import { isNameWord, isPossessive, nameRun } from './token-utils';

/** 'X, the Secretary of Justice for Y', 'X, an aide to Y' ('to' a person only: 'envoy to Y' is not Y's). */
const BODY_PREPS = new Set(['of', 'for']);
const bodyPrep = (t: Token | undefined, title: TitleEntry) =>
  !!t && (BODY_PREPS.has(t.lower) || (t.lower === 'to' && title.body === 'person'));
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
    const phrase = titlePhrase(doc, kb, cov, c + 1);
    if (!phrase) continue;
    const person = personEndingAt(doc, c - 1, kb, cov);
    if (person) addPhraseRole(facts, person, phrase, tokens, doc.date);
  }
}

/** A title phrase read by `titlePhrase`: the title, where it starts, its holder or owner. */
export interface TitlePhrase {
  title: { entry: TitleEntry; end: number };
  from: number;
  holder?: DocMention;
  owner?: DocMention;
  /** 'the court's president': the 'the' of a definite noun that names the holder once resolved. */
  definiteAt?: number;
}

/**
 * The description after an apposition comma or a copula ('the country's foreign minister',
 * 'a senior TPLF official', 'chief executive of Y', "one of President Y's aides") starting at k.
 */
export function titlePhrase(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  k: number,
): TitlePhrase | undefined {
  const { tokens } = doc;
  // 'X, one of President Y's aides'
  if (tokens[k]?.lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2;
  if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
  // 'a senior TPLF official', 'a former South African deputy president', "Abiy's adviser":
  // adjectives and one actor (a person's possessive only) may precede the title.
  let holder: DocMention | undefined;
  let owner: DocMention | undefined;
  let definiteAt: number | undefined;
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
    } else if (!m && !holder && definiteOwner(tokens, k, kb)) {
      definiteAt = k - 1;
      k += 2;
    } else if (!m && !tokens[k]!.cap && MODIFIER_POS.has(tokens[k]!.pos)) k++;
    else if (!m && !holder && memberTitleAt(tokens, k + 1, kb)) {
      holder = partyWord(doc, k, kb, cov);
      if (!holder) break;
      k++;
    } else break;
    title = matchTitle(tokens, k, kb.titles, true) ?? pluralTitle(tokens, k, kb);
  }
  if (!title) return undefined;
  const next = tokens[title.end];
  // 'the president's son', 'President X': the title is someone else's.
  if (next && (isNameWord(next, kb) || isPossessive(next))) return undefined;
  if (!holder && definiteAt === undefined && bodyPrep(next, title.entry))
    holder =
      mentionAhead(doc, title.end + 1, cov, title.entry.body === 'person') ??
      orgAhead(doc, title.end + 1, kb, cov, title.entry.body !== 'organisation');
  return { title, from: k, holder, owner, definiteAt };
}

/** The role (or affiliation) a title phrase gives a person; an unnamed holder is never guessed. */
export function addPhraseRole(
  facts: StructuralFact[],
  person: DocMention,
  p: TitlePhrase,
  tokens: Token[],
  date?: string,
): void {
  const holder = {
    mention: p.holder,
    person: p.owner,
    pronounAt: p.definiteAt,
    blocked: !p.holder,
    modifiers: [],
  };
  addRole(facts, person, holder, p.title.entry, tokens, p.from, p.title.end, date);
}

/**
 * "the court's", "the country's", "the group's": a definite noun that names an actor
 * (`pronouns.json` definites and country nouns) owns the title; resolve finds which.
 */
export function definiteOwner(tokens: Token[], k: number, kb: KnowledgeBase): boolean {
  const t = tokens[k];
  if (!t || tokens[k - 1]?.lower !== 'the' || t.cap || !isPossessive(tokens[k + 1])) return false;
  return kb.definites.has(t.lower) || OWNER_COUNTRY_NOUNS.has(t.lower);
}

/** Country nouns that, with 'the', stand for a country ('the country's president'). */
export const OWNER_COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);

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
    // 'the head of the Kenya Red Cross', 'a member of the Australia women's team': an actor
    // that only starts the noun phrase is no holder ('of the Nairobi Trade Society': the next is).
    if (m && !endsPhrase(doc.tokens[m.tokenEnd], m.sent)) {
      if (!cov.mentionAt(m.tokenEnd)) return undefined;
      k = m.tokenEnd - 1;
      continue;
    }
    if (m)
      return m.ref && (BODY_TYPES.has(m.ref.type) || (person && m.ref.type === 'Person'))
        ? m
        : undefined;
    const t = doc.tokens[k]!;
    if (!['DET', 'ADJ', 'NOUN'].includes(t.pos) || t.cap) return undefined;
  }
  return undefined;
}

const PHRASE_GOES_ON = new Set(['NOUN', 'PROPN', 'ADJ', 'PART']);
/** The actor ends its noun phrase or owns its head ("of Iran's Security Council": Iran's). */
const endsPhrase = (t: Token | undefined, sent: number) =>
  !t || t.sent !== sent || isPossessive(t) || (!t.cap && !PHRASE_GOES_ON.has(t.pos));

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
