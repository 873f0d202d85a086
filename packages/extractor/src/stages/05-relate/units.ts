import { joinAppositiveLists } from './unit-lists';
import { isDefinition, reportedSubject, representedBy } from './unit-phrases';
import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc, Sentence, Token } from '../../types';

/** An argument candidate: an actor/event noun phrase, with the preposition that introduces it. */
export interface Unit {
  mention: DocMention;
  /** First token of the noun phrase (determiners, adjectives, possessor included). */
  from: number;
  /** Exclusive end token (head noun for 'Russian troops'). */
  to: number;
  prep?: string;
  /** Token index of the preposition. */
  prepAt?: number;
  /** Coordination group index ('the EU, the US and others'). */
  group: number;
  /** Members of an appositive list share a side: a symmetric relation pairs sides (`unit-lists.ts`). */
  side?: number;
}

const NP_LEFT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words wink may tag ADP that open clauses, not prepositional phrases. */
/** 'hours after protesters stormed ...': these open a clause when a verb follows the noun phrase. */
const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'until',
  'as',
  'since',
  'once',
  'while',
  'when',
]);
const SUBORDINATORS = new Set([
  'although',
  'though',
  'because',
  'while',
  'whereas',
  'if',
  'unless',
  'whether',
  'once',
]);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);
const OTHERS = new Set(['others', 'other', 'allies', 'partners', 'several', 'many']);
const COORD = new Set([
  ',',
  'and',
  'or',
  'nor',
  '&',
  'as',
  'well',
  'both',
  'either',
  'neither',
  'the',
  'also',
]);

/** Units of one sentence in token order, grouped by coordination. */
export function buildUnits(
  doc: RecognisedDoc,
  sentence: Sentence,
  mentions: DocMention[],
  kb: KnowledgeBase,
): Unit[] {
  const { tokens } = doc;
  const units: Unit[] = [];
  for (const m of mentions) {
    // 'it' mostly stands for things (a deal, a decision): an edge end only as a reported subject.
    if (!m.ref || isDefinition(doc, m, mentions)) continue;
    if (m.pronoun === 'it' && !reportedSubject(doc, m, kb)) continue;
    let to = m.tokenEnd;
    if (m.modifier) {
      const head = actorHead(doc, m, kb);
      const possessive = isPoss(tokens[m.tokenEnd]);
      if (head < 0 && !possessive) continue;
      to = head >= 0 ? head + 1 : possessedEnd(doc, m.tokenEnd + 1);
      if (head < 0 && startsWithin(mentions, m, m.tokenEnd + 1, to)) continue;
    }
    let from = m.tokenStart;
    while (from > sentence.tokenStart) {
      const t = tokens[from - 1]!;
      const other = covering(mentions, m, from - 1);
      const owner = isPoss(t) ? endingAt(mentions, from - 1) : undefined;
      if (other) {
        // 'his Indian counterpart', 'its Palestinian ally Hamas': a possessive pronoun opens
        // the noun phrase (its owner is no party to the clause).
        if (!other.modifier && !POSSESSIVES.has(other.pronoun ?? '')) break;
        from = other.tokenStart;
      } else if (owner) from = owner.tokenStart;
      else if (NP_LEFT_POS.has(t.pos)) from--;
      else break;
    }
    from = skipQuantity(doc, from, sentence, kb);
    from = representedBy(doc, from, sentence, kb);
    const before = tokens[from - 1];
    const isPrep =
      before &&
      before.sent === m.sent &&
      (before.pos === 'ADP' || before.lower === 'to') &&
      !SUBORDINATORS.has(before.lower) &&
      !(CLAUSE_OPENERS.has(before.lower) && verbFollows(doc, to));
    units.push({
      mention: m,
      from,
      to,
      prep: isPrep ? before.lower : undefined,
      prepAt: isPrep ? from - 1 : undefined,
      group: units.length,
    });
  }
  const links: { a: Unit; b: Unit; conj: boolean }[] = [];
  const owners = new Set<Unit>();
  for (let k = 1; k < units.length; k++) {
    const a = units[k - 1]!;
    const b = units[k]!;
    const sameSpan = b.mention.start === a.mention.start && b.mention.end === a.mention.end;
    const possessor = isPoss(tokens[a.to]) || POSSESSIVES.has(a.mention.pronoun ?? '');
    if (!sameSpan && b.from <= a.from && possessor && !a.mention.modifier) {
      // 'killed the group's leader Nasrallah': the possessor is part of the phrase, not a party
      owners.add(a);
      continue;
    }
    if (sameSpan || (b.from < a.to && b.mention.tokenStart > a.mention.tokenStart)) {
      // 'Turkish and UN officials': a unit inside another unit's phrase.
      Object.assign(b, { group: a.group, prep: a.prep, prepAt: a.prepAt });
      continue;
    }
    if (b.prep || b.from < a.to || opensClause(doc, b)) continue;
    const n = b.from - a.to;
    // 'which, according to AFP, the UN and the US criticised': the source is no list item
    if (tokens[a.to]?.text === ',' && tokens[(a.prepAt ?? 0) - 1]?.lower === 'according') continue;
    if (n > 0 && n <= 4 && coordinating(tokens, a.to, b.from)) {
      links.push({ a, b, conj: hasPos(tokens, a.to, b.from, 'CCONJ') });
    }
  }
  // A comma alone joins a list only when the list ends with 'and'/'or' ('A, B and C'), not 'A, the X said'.
  for (let k = 0; k < links.length; k++) {
    let end = k;
    while (end + 1 < links.length && links[end + 1]!.a === links[end]!.b) end++;
    const chain = links.slice(k, end + 1);
    const last = chain[chain.length - 1]!.b;
    const trailing =
      tokens[last.to]?.pos === 'CCONJ' && OTHERS.has(tokens[last.to + 1]?.lower ?? '');
    const keep = trailing ? chain : chain.slice(0, chain.findLastIndex((l) => l.conj) + 1);
    for (const l of keep)
      Object.assign(l.b, { group: l.a.group, prep: l.a.prep, prepAt: l.a.prepAt });
    k = end;
  }
  joinAppositiveLists(doc, units);
  return owners.size ? withoutOwners(units, owners) : units;
}

/** Units minus the possessors, groups renumbered (a group is the index of its first unit). */
function withoutOwners(units: Unit[], owners: Set<Unit>): Unit[] {
  const kept = units.filter((u) => !owners.has(u));
  const renumber = new Map<number, number>();
  kept.forEach((u, i) => {
    if (!renumber.has(u.group)) renumber.set(u.group, i);
    u.group = renumber.get(u.group)!;
  });
  return kept;
}

/** A mention other than `m` covering token k. */
function covering(mentions: DocMention[], m: DocMention, k: number): DocMention | undefined {
  for (const o of mentions) if (o !== m && o.tokenStart <= k && o.tokenEnd >= k + 1) return o;
  return undefined;
}

/** The first mention whose exclusive end is token k. */
function endingAt(mentions: DocMention[], k: number): DocMention | undefined {
  for (const o of mentions) if (o.tokenEnd === k) return o;
  return undefined;
}

/** Whether a mention other than `m` starts in [from, to]. */
function startsWithin(mentions: DocMention[], m: DocMention, from: number, to: number): boolean {
  for (const o of mentions) if (o !== m && o.tokenStart >= from && o.tokenStart <= to) return true;
  return false;
}

/** Tokens [from, to) are all coordination words, not only 'the'. */
function coordinating(tokens: Token[], from: number, to: number): boolean {
  let other = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (!COORD.has(w)) return false;
    if (w !== 'the') other = true;
  }
  return other;
}

function hasPos(tokens: Token[], from: number, to: number, pos: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === pos) return true;
  return false;
}

/** 'Russian troops' / 'Belarus's armed forces': the actor noun a modifier governs, or -1. */
function actorHead(doc: RecognisedDoc, m: DocMention, kb: KnowledgeBase): number {
  const { tokens } = doc;
  let k = m.tokenEnd;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') k++;
  for (let n = 0; n < 5 && k < tokens.length && tokens[k]!.sent === m.sent; n++, k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && kb.actorNouns.has(t.lemma)) {
      const next = tokens[k + 1];
      return (next?.pos === 'NOUN' || (next?.pos === 'PROPN' && next.cap)) && next.sent === m.sent
        ? -1
        : k;
    }
    const coordinated = (t.pos === 'CCONJ' || t.text === ',') && n === 0;
    if (
      !coordinated &&
      t.pos !== 'ADJ' &&
      t.pos !== 'NOUN' &&
      t.pos !== 'VERB' &&
      t.pos !== 'PROPN' &&
      t.text !== '-'
    )
      return -1;
  }
  return -1;
}

/** 'Blinken, and Yerevan asked ...': a unit followed by its verb starts a new clause. */
function opensClause(doc: RecognisedDoc, u: Unit): boolean {
  let k = u.to;
  while (doc.tokens[k]?.pos === 'ADV') k++;
  const t = doc.tokens[k];
  return (
    !!t &&
    (t.pos === 'VERB' || t.pos === 'AUX') &&
    doc.tokens[u.from - 1]?.pos === 'CCONJ' &&
    doc.tokens[u.from - 2]?.text === ','
  );
}

/** Units by coordination group (`groups[g]`: the units of group g in token order). */
export function unitGroups(units: Unit[]): Unit[][] {
  const groups: Unit[][] = [];
  for (const u of units) (groups[u.group] ??= []).push(u);
  return groups;
}

const isPoss = (t: { lower: string } | undefined) => !!t && (t.lower === "'s" || t.lower === '’s');

/** End of the noun phrase a possessor owns ('the EU's [new] move'). */
function possessedEnd(doc: RecognisedDoc, k: number): number {
  const { tokens } = doc;
  let end = k;
  while (end < tokens.length && end - k < 4 && ['ADJ', 'NOUN'].includes(tokens[end]!.pos)) end++;
  return Math.max(end, k);
}

/** 'tens of thousands of protesters', 'a group of officers': the quantity phrase belongs to the noun phrase. */
function skipQuantity(
  doc: RecognisedDoc,
  from: number,
  sentence: Sentence,
  kb: KnowledgeBase,
): number {
  const { tokens } = doc;
  let f = from;
  for (let guard = 0; guard < 4; guard++) {
    const of = tokens[f - 1];
    const q = tokens[f - 2];
    if (!of || of.lower !== 'of' || !q || f - 2 < sentence.tokenStart) break;
    if (!(kb.quantifiers.has(q.lemma) || q.pos === 'NUM')) break;
    f -= 2;
    while (
      f > sentence.tokenStart &&
      ['DET', 'NUM', 'ADJ', 'ADV'].includes(tokens[f - 1]!.pos) &&
      !tokens[f - 1]!.cap
    )
      f--;
  }
  return f;
}

function verbFollows(doc: RecognisedDoc, k: number): boolean {
  while (doc.tokens[k]?.pos === 'ADV') k++;
  const t = doc.tokens[k];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}
