import type { KnowledgeBase, TitleEntry } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, StructuralFact, Token } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { isPossessive, matchWords, mentionBefore, nameRun } from './token-utils';

const HOLDER_TYPES = new Set(['Country', 'Organization', 'Group']);

/** 'Foreign Minister Vladimir Makei', 'Kremlin spokesman Dmitry Peskov', 'X, Belarus's foreign minister'. */
export function rolePass(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage, facts: StructuralFact[]): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (cov.covered(i)) continue;
    const title = matchTitle(tokens, i, kb.titles, false);
    if (!title) continue;
    let j = title.end;
    if (tokens[j]?.text === ',') j++;
    const person = personAt(doc, j, kb, cov);
    if (!person) continue;
    const holder = mentionBefore(tokens, i, cov);
    addRole(facts, person, holder, title.entry, tokens, i, title.end, doc.date);
    i = person.tokenEnd - 1;
  }
  appositions(doc, kb, cov, facts);
}

function matchTitle(tokens: Token[], i: number, titles: TitleEntry[], apposition: boolean) {
  for (const entry of titles) {
    if (entry.appositionOnly && !apposition) continue;
    const end = matchWords(tokens, i, entry.words);
    if (end > 0) return { entry, end };
  }
  return undefined;
}

/** A Person mention starting at `j`: an existing one or a new one over a capitalised run. */
function personAt(doc: SegmentedDoc, j: number, kb: KnowledgeBase, cov: Coverage): DocMention | undefined {
  const existing = cov.mentionAt(j);
  if (existing) return existing.ref?.type === 'Person' && existing.tokenStart === j ? existing : undefined;
  const end = nameRun(doc.tokens, j, kb, cov);
  if (end === j) return undefined;
  const name = doc.text.slice(doc.tokens[j]!.start, doc.tokens[end - 1]!.end);
  const ref: EntityRef = kb.peopleByName.get(name.toLowerCase()) ?? {
    id: slug(name),
    name,
    type: 'Person',
    known: false,
    salient: true,
  };
  return cov.add(j, end, ref, 'name', 'pattern');
}

function addRole(
  facts: StructuralFact[],
  person: DocMention,
  holder: DocMention | undefined,
  title: TitleEntry,
  tokens: Token[],
  from: number,
  to: number,
  date?: string,
): void {
  const trigger = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  const base = { type: 'HOLDS_ROLE' as const, source: person, role: title.canonical, sent: person.sent, trigger };
  if (holder?.ref && HOLDER_TYPES.has(holder.ref.type)) {
    facts.push({ ...base, target: holder, confidence: 0.9 });
    return;
  }
  const known = person.ref?.roles?.find((r) => r.role.toLowerCase() === title.canonical.toLowerCase() && validAt(r, date));
  if (known?.of) {
    facts.push({ ...base, targetRef: { id: known.of, name: known.of, type: 'Country', known: true }, confidence: 0.8 });
  } else if (!title.nameOnly) {
    facts.push({ ...base, inferTarget: true, confidence: 0.6 });
  }
}

export function validAt(r: { since?: string; until?: string }, date?: string): boolean {
  if (!date) return !r.until;
  return (!r.since || r.since <= date) && (!r.until || r.until >= date);
}

/** 'Vladimir Makei, Belarus's foreign minister' / 'Dmitry Peskov, the Kremlin spokesman'. */
function appositions(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage, facts: StructuralFact[]): void {
  const { tokens } = doc;
  for (const person of cov.sorted()) {
    if (person.ref?.type !== 'Person' || person.kind === 'pronoun') continue;
    let k = person.tokenEnd;
    if (tokens[k]?.text !== ',') continue;
    k++;
    if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k++;
    if (tokens[k]?.lower === 'former' || tokens[k]?.lower === 'ex-') continue;
    let holder = cov.mentionAt(k);
    if (holder) {
      k = holder.tokenEnd;
      if (isPossessive(tokens[k])) k++;
    }
    const title = matchTitle(tokens, k, kb.titles, true);
    if (!title) continue;
    if (!holder && tokens[title.end]?.lower === 'of') holder = cov.mentionAt(title.end + (tokens[title.end + 1]?.lower === 'the' ? 2 : 1));
    addRole(facts, person, holder, title.entry, tokens, k, title.end, doc.date);
  }
}
