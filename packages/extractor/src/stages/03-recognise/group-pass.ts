import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, StructuralFact, Token } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { modifiers, nounFollows } from './noun-phrase-pass';

const GROUP_NOUNS = new Set(['group', 'faction']);
const AFFILIATION_PREPS = new Set(['in', 'from']);
const OWNER_TYPES = new Set(['Country', 'Organization', 'Group']);

/**
 * A collective actor at token `i`: a group head of the lexicon ('political opposition',
 * 'Belarusian protesters') or a Phoenix agent noun with its country or organisation ('Iraqi
 * students', "Indonesia's farmers", 'students in Indonesia', 'activists from Fatah'); agent
 * nouns make a Group only when so qualified. A group qualified by 'in/from X', or made from an
 * agent noun, is AFFILIATED_WITH X (a fact for the relate stage).
 */
export function groupAt(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  i: number,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (nounFollows(tokens, i)) return;
  let head = headLemma(t, kb, tokens[i + 1]);
  let from = i;
  // 'asylum seekers': a two-word head.
  const prev = tokens[i - 1];
  if (head && prev?.sent === t.sent && !cov.covered(i - 1)) {
    const two = `${prev.lower} ${head}`;
    if (kb.groupHeads.has(two)) {
      from = i - 1;
      head = two;
    }
  }
  // 'Senators' but not 'a senator'.
  if (head && kb.pluralGroupHeads.has(head) && t.lower === head) return;
  // 'opposition groups', 'student factions': the collective of the noun before.
  if (
    head &&
    GROUP_NOUNS.has(head) &&
    i > 0 &&
    tokens[i - 1]!.sent === t.sent &&
    !cov.covered(i - 1)
  ) {
    from = i - 1;
    head = headLemma(tokens[from]!, kb, t);
  }
  if (!head) return;
  const listed = kb.groupHeads.get(head);
  const groupName = listed ?? kb.agentHeads.get(head);
  if (!groupName) return;
  const np = modifiers(doc, from, kb, cov, kb.groupModifiers);
  const ownerBefore = np.country ? cov.mentionAt(np.from - 1) : undefined;
  const after = np.country ? undefined : ownerAfter(tokens, i + 1, cov);
  const owner: EntityRef | undefined = np.country ?? after?.ref;
  if (!listed && !owner) return;
  const iso = owner?.type === 'Country' ? owner.iso3 : undefined;
  const qualifier = owner?.type === 'Country' ? owner.demonym : owner?.name;
  // '700 asylum seekers', 'many protesters': numbers and quantifiers stay out of the name.
  let first = np.from;
  for (let k = np.from; k < from; k++)
    if (tokens[k]!.pos === 'NUM' || kb.quantifiers.has(tokens[k]!.lower)) first = k + 1;
  let text = doc.text.slice(tokens[first]!.start, t.end);
  // 'Students in Indonesia' → 'Indonesian students'.
  if (qualifier && tokens[first]!.initial) text = text.charAt(0).toLowerCase() + text.slice(1);
  const name = [qualifier, text].filter(Boolean).join(' ');
  const ref: EntityRef = {
    id: slug(`${owner?.id ?? doc.id}-${groupName}`),
    name,
    type: 'Group',
    known: false,
    country: iso,
    affiliatedWith: owner && owner.type !== 'Country' ? owner.id : undefined,
    salient: np.distinguished || !!owner,
  };
  const m = cov.add(first, i + 1, ref, 'nominal', 'pattern');
  const target = after ?? (listed ? undefined : ownerBefore);
  if (target?.ref === owner && target) {
    facts.push({ type: 'AFFILIATED_WITH', source: m, target, sent: m.sent, confidence: 0.65 });
  }
}

/** 'students in Indonesia', 'activists from Fatah': a named country or organisation after the head. */
function ownerAfter(tokens: Token[], end: number, cov: Coverage): DocMention | undefined {
  const prep = tokens[end];
  if (!prep || !AFFILIATION_PREPS.has(prep.lower) || prep.sent !== tokens[end - 1]!.sent)
    return undefined;
  const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const m = cov.mentionAt(k);
  if (!m?.ref || m.tokenStart !== k || !OWNER_TYPES.has(m.ref.type)) return undefined;
  if (m.kind === 'demonym' || m.kind === 'nominal' || (m.ref.type !== 'Country' && !m.ref.known))
    return undefined;
  return m;
}

/**
 * The noun's lemma; a capitalised plural opening a sentence ('Students in ...') is read as a
 * noun, and so is a capitalised plural-only group head anywhere ('a number of Senators') unless a
 * name follows it ('Senators John Smith and ...').
 */
function headLemma(t: Token, kb: KnowledgeBase, next: Token | undefined): string | undefined {
  if (t.pos === 'NOUN') return t.lemma;
  if (t.pos !== 'PROPN') return undefined;
  const singular = t.lower.replace(/ies$/, 'y').replace(/s$/, '');
  if (t.initial) return singular;
  const plural = kb.pluralGroupHeads.has(singular) && singular !== t.lower;
  return plural && !(next?.cap && next.sent === t.sent) ? singular : undefined;
}

/**
 * 'Iraqi Kurds', 'Lebanese Druze': a people or religious community of the gazetteer right after
 * a demonym is that country's part of it, a Group AFFILIATED_WITH the country.
 */
export function peoplesOfCountries(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  for (const m of cov.mentions) {
    if (!m.ref || !kb.peoples.has(m.ref.id) || m.kind === 'nominal') continue;
    const d = cov.mentionAt(m.tokenStart - 1);
    const country = d?.ref;
    if (d?.kind !== 'demonym' || country?.type !== 'Country' || d.tokenEnd !== m.tokenStart)
      continue;
    const name = `${doc.text.slice(d.start, d.end)} ${m.ref.name}`;
    m.ref = {
      id: slug(`${country.id}-${m.ref.id}`),
      name,
      type: 'Group',
      known: false,
      country: country.iso3,
      salient: true,
    };
    facts.push({ type: 'AFFILIATED_WITH', source: m, target: d, sent: m.sent, confidence: 0.65 });
  }
}

/**
 * A listed collective named in two sentences or more ('asylum seekers ... the asylum seekers')
 * is an actor of the story even unqualified: its mentions become salient.
 */
export function repeatedGroups(cov: Coverage): void {
  const sentences = new Map<string, Set<number>>();
  const refs: EntityRef[] = [];
  for (const m of cov.mentions) {
    if (m.ref?.type !== 'Group' || m.kind !== 'nominal' || m.ref.salient) continue;
    refs.push(m.ref);
    sentences.set(m.ref.id, (sentences.get(m.ref.id) ?? new Set()).add(m.sent));
  }
  for (const ref of refs) if (sentences.get(ref.id)!.size > 1) ref.salient = true;
}
