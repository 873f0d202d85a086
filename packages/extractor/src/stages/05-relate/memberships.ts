import type { DocMention, EntityRef, RecognisedDoc, Token } from '../../types';
import type { Edges } from './emit';

const FROM = new Set(['of', 'from']);
const ARTICLES = new Set(['a', 'an', 'the']);
const POSSESSIVE = new Set(["'s", '’s']);

/** A party, or a group ('Civic Passion' as a movement): members belong to it; else affiliated. */
export function membershipType(ref: EntityRef): 'MEMBER_OF' | 'AFFILIATED_WITH' {
  return ref.type === 'Group' || ref.kind === 'party' || /\bPart(?:y|ies)\b/.test(ref.name)
    ? 'MEMBER_OF'
    : 'AFFILIATED_WITH';
}

/**
 * Party and organisation membership written next to a person's name: 'X of the Civic Party',
 * 'X from the Labour Party', "the Green Party's X", 'X (Labour)', 'X, a researcher at the Y
 * University'. The organisation must be attached to the name, not merely in the sentence.
 */
export function memberships(
  doc: RecognisedDoc,
  edges: Edges,
  pastForms: ReadonlySet<string>,
): void {
  const { tokens } = doc;
  const at = new Map<number, DocMention>();
  const endAt = new Map<number, DocMention>();
  for (const m of doc.mentions) {
    if (!m.ref || m.kind === 'pronoun') continue;
    at.set(m.tokenStart, m);
    endAt.set(m.tokenEnd, m);
  }
  const body = (k: number) => {
    const m = at.get(ARTICLES.has(tokens[k]?.lower ?? '') ? k + 1 : k);
    return m && (m.ref!.type === 'Organization' || m.ref!.type === 'Group') ? m : undefined;
  };
  // "DAB's X and Y": a name coordinated after a possessed one shares its organisation.
  const owned = new Map<DocMention, DocMention>();
  const sharedWith = (p: DocMention) => {
    const prev =
      tokens[p.tokenStart - 1]?.lower === 'and' ? endAt.get(p.tokenStart - 1) : undefined;
    return prev ? owned.get(prev) : undefined;
  };
  // Names a title pattern already gave a role or membership ('Kremlin spokesman X').
  const titled = new Set(doc.facts.map((f) => f.source.tokenStart));
  for (const p of doc.mentions) {
    if (p.ref?.type !== 'Person' || p.kind === 'pronoun') continue;
    const next = tokens[p.tokenEnd];
    let org: DocMention | undefined;
    let trigger: Token | undefined;
    if (next && FROM.has(next.lower)) [org, trigger] = [body(p.tokenEnd + 1), next];
    else if (next?.text === '(' && tokens[body(p.tokenEnd + 1)?.tokenEnd ?? -1]?.text === ')')
      org = body(p.tokenEnd + 1);
    else if (next?.text === ',') [org, trigger] = apposedAt(tokens, p.tokenEnd + 1, body);
    if (!org) [org, trigger] = [possessor(tokens, p, endAt) ?? sharedWith(p), undefined];
    if (!org && !titled.has(p.tokenStart)) [org, trigger] = described(tokens, p, endAt, pastForms);
    if (!org || org.sent !== p.sent) continue;
    if (!trigger) owned.set(p, org);
    const type =
      trigger && (trigger.lower === 'at' || trigger.pos === 'NOUN')
        ? 'AFFILIATED_WITH'
        : membershipType(org.ref!);
    const span = trigger ? { start: trigger.start, end: trigger.end } : undefined;
    edges.pair({ type, sent: p.sent, confidence: 0.8, trigger: span }, p, org);
  }
}

/** ', a political scientist at the X University': a short descriptor, then 'at' + organisation. */
function apposedAt(
  tokens: Token[],
  k: number,
  body: (k: number) => DocMention | undefined,
): [DocMention | undefined, Token | undefined] {
  if (!ARTICLES.has(tokens[k]?.lower ?? '')) return [undefined, undefined];
  for (let n = k + 1; n < k + 5 && tokens[n]; n++) {
    const t = tokens[n]!;
    if (t.lower === 'at') return [body(n + 1), t];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.cap) break;
  }
  return [undefined, undefined];
}

/** "the Green Party's X", "DAB's X": an organisation's possessive right before the name. */
function possessor(tokens: Token[], p: DocMention, endAt: Map<number, DocMention>) {
  if (!POSSESSIVE.has(tokens[p.tokenStart - 1]?.lower ?? '')) return undefined;
  const m = endAt.get(p.tokenStart - 1);
  return m && (m.ref!.type === 'Organization' || m.ref!.type === 'Group') ? m : undefined;
}

/**
 * 'Chinese University political scientist X', 'Reuters reporter X': an organisation, a short
 * lower-case descriptor ending in a singular noun, then the name (AFFILIATED_WITH).
 * `pastForms`: irregular past forms of trigger verbs ('overthrew'), never a descriptor.
 */
function described(
  tokens: Token[],
  p: DocMention,
  endAt: Map<number, DocMention>,
  pastForms: ReadonlySet<string>,
): [DocMention | undefined, Token | undefined] {
  const last = tokens[p.tokenStart - 1];
  // 'the army overthrew X': an irregular past form wink tags as a noun is no descriptor
  if (
    !last ||
    last.pos !== 'NOUN' ||
    last.cap ||
    last.lemma !== last.lower ||
    pastForms.has(last.lower)
  )
    return [undefined, undefined];
  for (let k = p.tokenStart - 1; k >= 0 && p.tokenStart - k <= 3; k--) {
    const t = tokens[k]!;
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.cap) return [undefined, undefined];
    const m = endAt.get(k);
    if (m?.ref?.type === 'Organization' && !isPossessive(tokens[m.tokenEnd]))
      return m.tokenEnd === k ? [m, last] : [undefined, undefined];
  }
  return [undefined, undefined];
}

const isPossessive = (t: Token | undefined) => !!t && POSSESSIVE.has(t.lower);
