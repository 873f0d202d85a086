import type { KnowledgeBase, TitleEntry } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, StructuralFact, Token } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { appositions, definiteOwner, partyAppositions } from './role-appositions';
import { bodyAfter, ledByBody, nameRunBefore, partyWord } from './role-body';
import { isPossessive, matchWords, nameRun, skipTitles } from './token-utils';

const HOLDER_TYPES = new Set(['Country', 'Organization', 'Group']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our']);
const PP_HEADS = new Set(['for', 'of', 'to', 'on', 'in']);

export interface Holder {
  mention?: DocMention;
  /** A possessive pronoun ('its special representative') resolved later. */
  pronounAt?: number;
  /** Owned by something that is not an actor ('the court's president'): do not guess. */
  blocked: boolean;
  modifiers: string[];
  /** "Trump's personal lawyer X": a person owns the title. */
  person?: DocMention;
}

/** 'Foreign Minister Vladimir Makei', 'Kremlin spokesman Dmitry Peskov', 'X, Belarus's foreign minister'. */
export function rolePass(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (cov.covered(i)) continue;
    const title = matchTitle(tokens, i, kb.titles, false);
    if (!title) continue;
    const after = bodyAfter(tokens, title.end, kb, cov);
    let j = after ? after.next : skipPhrase(tokens, title.end);
    // 'as governor, X announced': a bare title after a preposition is no apposition.
    if (tokens[j]?.text === ',' && (j > title.end || !afterPreposition(tokens[i - 1]))) j++;
    j = skipTitles(tokens, j, kb);
    const person = personAt(doc, j, kb, cov);
    if (!person) continue;
    const holder = holderBefore(doc, i, kb, cov);
    if (after) Object.assign(holder, { mention: after.mention, pronounAt: undefined });
    if (!holder.mention && holder.pronounAt === undefined)
      holder.mention = coordinatedHolder(tokens, i, facts) ?? ledByBody(tokens, i, cov);
    if (!holder.mention && title.entry.member) holder.mention = partyWord(doc, i - 1, kb, cov);
    if (!holder.mention && holder.pronounAt === undefined && !holder.blocked) {
      const run = nameRunBefore(doc, i, title.entry, kb, cov);
      Object.assign(holder, { mention: run.mention, blocked: run.blocked });
    }
    addRole(facts, person, holder, title.entry, tokens, i, title.end, doc.date);
    i = person.tokenEnd - 1;
  }
  appositions(doc, kb, cov, facts);
  partyAppositions(doc, kb, cov, facts);
}

export function matchTitle(
  tokens: Token[],
  i: number,
  titles: Map<string, TitleEntry[]>,
  apposition: boolean,
) {
  const list = tokens[i] ? titles.get(tokens[i]!.lower) : undefined;
  if (!list) return undefined;
  for (const entry of list) {
    if (entry.appositionOnly && !apposition) continue;
    const end = matchWords(tokens, i, entry.words);
    if (end > 0) return { entry, end };
  }
  return undefined;
}

/** 'special representative for the South Caucasus, X': skip a short phrase before the comma. */
/** 'U.S. Trade Representative X and Treasury Secretary Y': a bare title after 'and' shares X's holder. */
function coordinatedHolder(
  tokens: Token[],
  i: number,
  facts: StructuralFact[],
): DocMention | undefined {
  if (tokens[i - 1]?.lower !== 'and') return undefined;
  const prev = facts.findLast((f) => f.type === 'HOLDS_ROLE' && f.source.tokenEnd === i - 1);
  return prev?.target?.ref?.type === 'Country' ? prev.target : undefined;
}

const afterPreposition = (t: Token | undefined) => !!t && (t.pos === 'ADP' || t.lower === 'as');

function skipPhrase(tokens: Token[], j: number): number {
  if (!PP_HEADS.has(tokens[j]?.lower ?? '')) return j;
  for (let k = j + 1; k < j + 7 && k < tokens.length; k++) {
    if (tokens[k]!.text === ',') return k;
    if (
      tokens[k]!.pos === 'VERB' ||
      tokens[k]!.pos === 'AUX' ||
      tokens[k]!.sent !== tokens[j]!.sent
    )
      break;
  }
  return j;
}

/** What comes before a title: 'Russian', 'Belarus's', 'Burkina Faso's military', 'its', 'the court's'. */
function holderBefore(doc: SegmentedDoc, i: number, kb: KnowledgeBase, cov: Coverage): Holder {
  const { tokens } = doc;
  const holder: Holder = { blocked: false, modifiers: [] };
  let k = i - 1;
  const sent = tokens[i]!.sent;
  while (k >= 0 && i - k <= 3 && tokens[k]!.sent === sent && !cov.covered(k)) {
    const t = tokens[k]!;
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && !t.cap) holder.modifiers.unshift(t.text);
    else if (!(t.pos === 'PROPN' && t.cap)) break;
    k--;
  }
  if (k < 0 || tokens[k]!.sent !== sent) return holder;
  let owner = k;
  if (isPossessive(tokens[k])) owner = k - 1;
  const m = cov.mentionAt(owner);
  if (m?.ref && HOLDER_TYPES.has(m.ref.type)) holder.mention = m;
  else if (POSSESSIVE_PRONOUNS.has(tokens[owner]?.lower ?? '')) holder.pronounAt = owner;
  else if (owner !== k && !m && definiteOwner(tokens, owner, kb)) holder.pronounAt = owner - 1;
  else if (owner !== k) {
    holder.blocked = true;
    if (m?.ref?.type === 'Person') holder.person = m;
  }
  if (!holder.mention && holder.pronounAt === undefined) holder.modifiers = [];
  return holder;
}

/** A Person mention starting at `j`: an existing one or a new one over a capitalised run (no place or body). */
export function personAt(
  doc: SegmentedDoc,
  j: number,
  kb: KnowledgeBase,
  cov: Coverage,
): DocMention | undefined {
  const existing = cov.mentionAt(j);
  if (existing)
    return existing.ref?.type === 'Person' && existing.tokenStart === j ? existing : undefined;
  const end = nameRun(doc.tokens, j, kb, cov);
  if (end === j) return undefined;
  // 'the Sultan Qaboos Grand Mosque', 'of the Nairobi Hotel': a run ending in a place or
  // organisation head is no person.
  const last = doc.tokens[end - 1]!.text;
  if (kb.locationHeads.has(last) || kb.orgHeads.has(last)) return undefined;
  return newPerson(doc, j, end, kb, cov);
}

export function newPerson(
  doc: SegmentedDoc,
  from: number,
  to: number,
  kb: KnowledgeBase,
  cov: Coverage,
): DocMention {
  const name = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  const ref: EntityRef = kb.peopleByName.get(name.toLowerCase()) ?? {
    id: slug(name),
    name,
    type: 'Person',
    known: false,
    salient: true,
  };
  return cov.add(from, to, ref, 'name', 'pattern');
}

export function addRole(
  facts: StructuralFact[],
  person: DocMention,
  holder: Holder,
  title: TitleEntry,
  tokens: Token[],
  from: number,
  to: number,
  date?: string,
): void {
  const trigger = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  const former = isFormer(tokens, from);
  const modifiers = former && !holder.modifiers.includes('former') ? ['former'] : [];
  const role = [...modifiers, ...holder.modifiers, title.canonical]
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
  const base = { type: 'HOLDS_ROLE' as const, source: person, role, sent: person.sent, trigger };
  if (title.body === 'person') {
    // An aide, lawyer or running mate is affiliated with the person, never with a country.
    const owner =
      holder.person ?? (holder.mention?.ref?.type === 'Person' ? holder.mention : undefined);
    const aff = { ...base, type: 'AFFILIATED_WITH' as const, confidence: 0.85 };
    if (owner) facts.push({ ...aff, target: owner });
    else if (holder.pronounAt !== undefined)
      facts.push({ ...aff, inferTarget: true, targetToken: holder.pronounAt });
    return;
  }
  if (!holder.mention && holder.person) {
    // "Putin's spokesman X", 'X, Rosselló's chief of staff': staff of the person, no country.
    facts.push({ ...base, type: 'AFFILIATED_WITH', target: holder.person, confidence: 0.8 });
    return;
  }
  if (holder.mention && title.member && holder.mention.ref!.type !== 'Country') {
    facts.push({ ...base, type: 'MEMBER_OF', target: holder.mention, confidence: 0.9 });
  } else if (holder.mention) {
    facts.push({ ...base, target: holder.mention, confidence: 0.9 });
    return;
  }
  if (holder.pronounAt !== undefined) {
    facts.push({ ...base, inferTarget: true, targetToken: holder.pronounAt, confidence: 0.7 });
    return;
  }
  // The person's own gazetteer term with this title is unambiguous even when the owner is not.
  const known = knownRole(person, title.canonical, former, date);
  if (known?.of) {
    facts.push({
      ...base,
      targetRef: { id: known.of, name: known.of, type: 'Country', known: true },
      confidence: 0.8,
    });
  } else if (!holder.blocked && !title.nameOnly && !title.body && !title.member) {
    facts.push({
      ...base,
      inferTarget: true,
      fromPrevious: tokens[from]!.initial,
      confidence: 0.6,
    });
  }
}

/** 'former President X', 'ex-minister X': the role is no longer held. */
function isFormer(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 3 && tokens[k]!.sent === tokens[from]!.sent; k--) {
    const w = tokens[k]!.lower;
    if (w === 'former' || w === 'ex' || w === 'ex-') return true;
    if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'PUNCT') return false;
  }
  return false;
}

/**
 * The person's gazetteer role with this title: held at the date, else (for a 'former' title or
 * a term that ended before the date, 'President Obama' in 2019) a past term of the same title.
 */
function knownRole(person: DocMention, canonical: string, former: boolean, date?: string) {
  const same = (person.ref?.roles ?? []).filter(
    (r) => r.role.toLowerCase() === canonical.toLowerCase(),
  );
  const current = same.find((r) => validAt(r, date));
  if (current && !former) return current;
  const past = same.filter((r) => r.until && (!date || r.until <= date));
  return new Set(past.map((r) => r.of)).size === 1 ? past[0] : current;
}

export function validAt(r: { since?: string; until?: string }, date?: string): boolean {
  if (!date) return !r.until;
  return (!r.since || r.since <= date) && (!r.until || r.until >= date);
}
