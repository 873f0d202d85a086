import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, RecognisedDoc, Token } from '../../types';

/** How many sentences back the actor may be. */
const REACH = 4;
const BLOCKING_NEXT = new Set(['NOUN', 'PROPN']);

/**
 * 'The International Criminal Court issued ... The court also issued ...': 'the <noun>' stands for
 * the latest actor of the right type whose name ends with the noun (or contains one of the noun's
 * name words: 'the bloc' after 'the European Union'). Returns `mentions` with the new ones in order.
 */
export function resolveDefinites(
  doc: RecognisedDoc,
  mentions: DocMention[],
  kb: KnowledgeBase,
): DocMention[] {
  const { tokens } = doc;
  const added: DocMention[] = [];
  let next = 0;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.lower !== 'the' || t.pos !== 'NOUN' || t.cap) continue;
    const rule = kb.definites.get(t.lower);
    if (!rule || !definiteHead(tokens, k)) continue;
    while (next < mentions.length && mentions[next]!.tokenStart < k) next++;
    if (mentions[next]?.tokenStart === k) continue;
    const ref = latest(mentions, next, t.sent, t.lower, rule);
    if (!ref) continue;
    const start = tokens[k - 1]!.start;
    added.push({
      start,
      end: t.end,
      tokenStart: k - 1,
      tokenEnd: k + 1,
      sent: t.sent,
      text: doc.text.slice(start, t.end),
      kind: 'nominal',
      ref,
      via: 'pronoun',
    });
  }
  shortNames(mentions, kb.orgHeads);
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * 'the European Commission ... urged the Commission': a one-word name found by pattern is the
 * full name it ends or heads ('the House' for 'the House of Representatives'), the latest one
 * before it, else the first after it (a headline); a bare head word with none ('the Party said')
 * names nothing.
 */
function shortNames(mentions: DocMention[], orgHeads: ReadonlySet<string>): void {
  const shortForms = new Map<EntityRef, Set<string>>();
  const shortOf = (r: EntityRef): Set<string> => {
    let set = shortForms.get(r);
    if (!set) shortForms.set(r, (set = shortWords(r)));
    return set;
  };
  mentions.forEach((m, i) => {
    if ((m.via !== 'pattern' && m.via !== 'tagger') || !m.ref || m.ref.known) return;
    if (m.ref.name.includes(' ')) return;
    const word = m.ref.name.toLowerCase();
    const type = m.ref.type;
    const fitsShort = (r: EntityRef | undefined): r is EntityRef =>
      !!r && r !== m.ref && r.type === type && shortOf(r).has(word);
    for (let j = i - 1; j >= 0; j--) {
      const r = mentions[j]!.ref;
      if (fitsShort(r)) return void (m.ref = r);
    }
    for (let j = i + 1; j < mentions.length; j++) {
      const r = mentions[j]!.ref;
      if (fitsShort(r)) return void (m.ref = r);
    }
    if (m.ref.type === 'Organization' && orgHeads.has(m.ref.name)) m.ref = undefined;
  });
}

/**
 * The one-word short forms of a multi-word name or alias: its last word ('Court' for 'Supreme
 * Court') and, but for people, a word before 'of' ('House' for 'House of Representatives').
 */
function shortWords(ref: EntityRef): Set<string> {
  const out = new Set<string>();
  for (const n of [ref.name, ...(ref.aliases ?? [])]) {
    const w = n.toLowerCase().split(/\s+/);
    if (w.length < 2) continue;
    out.add(w[w.length - 1]!);
    if (ref.type === 'Person') continue;
    for (let k = 0; k < w.length - 1; k++) if (w[k + 1] === 'of') out.add(w[k]!);
  }
  return out;
}

/** The noun heads its phrase: 'the court' but not 'the court ruling', 'the court of appeal'. */
function definiteHead(tokens: Token[], k: number): boolean {
  const n = tokens[k + 1];
  if (!n || n.sent !== tokens[k]!.sent) return true;
  return !BLOCKING_NEXT.has(n.pos) && n.lower !== 'of';
}

type Rule = { types: Set<string>; nameWords?: string[]; any?: boolean };

const COUNTRY_RULE: Rule = { types: new Set(['Country']), any: true };

/**
 * "the country's foreign minister": the country among those named in the last REACH sentences
 * before `tokenStart` that the document mentions most so far (the latest on ties).
 */
export function definiteCountry(
  mentions: DocMention[],
  tokenStart: number,
  sent: number,
): EntityRef | undefined {
  const before = mentions.findIndex((m) => m.tokenStart >= tokenStart);
  return latest(mentions, before < 0 ? mentions.length : before, sent, 'country', COUNTRY_RULE);
}

function fits(ref: EntityRef, noun: string, rule: Rule): boolean {
  if (!rule.types.has(ref.type)) return false;
  if (rule.any) return true;
  const names = [ref.name, ...(ref.aliases ?? [])];
  if (names.some((n) => n.toLowerCase().endsWith(` ${noun}`))) return true;
  return !!rule.nameWords?.some((w) => names.some((n) => ` ${n} `.includes(` ${w} `)));
}

/**
 * Among the fitting actors named in the last REACH sentences, the one mentioned most so far in
 * the document ('the group' after 'its ally Hamas' in a story about Hezbollah); the latest on ties.
 */
function latest(
  mentions: DocMention[],
  before: number,
  sent: number,
  noun: string,
  rule: Rule,
): EntityRef | undefined {
  const near = new Set<string>();
  const count = new Map<string, { ref: EntityRef; n: number }>();
  // `fits` once per entity: a document mentions the same few refs many times.
  const fitting = new Map<EntityRef, boolean>();
  for (let i = before - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!m.ref || m.kind === 'pronoun') continue;
    let ok = fitting.get(m.ref);
    if (ok === undefined) fitting.set(m.ref, (ok = fits(m.ref, noun, rule)));
    if (!ok) continue;
    if (m.sent >= sent - REACH && !m.modifier && !near.has(m.ref.id)) near.add(m.ref.id);
    const c = count.get(m.ref.id) ?? { ref: m.ref, n: 0 };
    c.n++;
    count.set(m.ref.id, c);
  }
  let best: { ref: EntityRef; n: number } | undefined;
  for (const id of near) {
    const c = count.get(id)!;
    if (!best || c.n > best.n) best = c;
  }
  return best?.ref;
}
