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
  let head = headLemma(t);
  let from = i;
  // 'opposition groups', 'student factions': the collective of the noun before.
  if (
    head &&
    GROUP_NOUNS.has(head) &&
    i > 0 &&
    tokens[i - 1]!.sent === t.sent &&
    !cov.covered(i - 1)
  ) {
    from = i - 1;
    head = headLemma(tokens[from]!);
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
  let text = doc.text.slice(tokens[np.from]!.start, t.end);
  // 'Students in Indonesia' → 'Indonesian students'.
  if (qualifier && tokens[np.from]!.initial) text = text.charAt(0).toLowerCase() + text.slice(1);
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
  const m = cov.add(np.from, i + 1, ref, 'nominal', 'pattern');
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

/** The noun's lemma; a capitalised plural opening a sentence ('Students in ...') is read as a noun. */
function headLemma(t: Token): string | undefined {
  if (t.pos === 'NOUN') return t.lemma;
  if (t.pos !== 'PROPN' || !t.initial) return undefined;
  return t.lower.replace(/ies$/, 'y').replace(/s$/, '');
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
