import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc, Sentence } from '../../types';

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
}

const NP_LEFT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words wink may tag ADP that open clauses, not prepositional phrases. */
const SUBORDINATORS = new Set(['although', 'though', 'because', 'while', 'whereas', 'if', 'unless', 'whether', 'once']);
const COORD = new Set([',', 'and', 'or', 'nor', '&', 'as', 'well', 'both', 'either', 'neither', 'the', 'also']);

/** Units of one sentence in token order, grouped by coordination. */
export function buildUnits(doc: RecognisedDoc, sentence: Sentence, mentions: DocMention[], kb: KnowledgeBase): Unit[] {
  const { tokens } = doc;
  const units: Unit[] = [];
  for (const m of mentions) {
    if (!m.ref) continue;
    let to = m.tokenEnd;
    if (m.modifier) {
      const head = actorHead(doc, m, kb);
      if (head < 0) continue;
      to = head + 1;
    }
    let from = m.tokenStart;
    while (from > sentence.tokenStart) {
      const t = tokens[from - 1]!;
      const other = mentions.find((o) => o !== m && o.tokenStart <= from - 1 && o.tokenEnd >= from);
      const owner = mentions.find((o) => o.tokenEnd === from - 1 && (t.lower === "'s" || t.lower === '’s'));
      if (other) {
        if (!other.modifier) break;
        from = other.tokenStart;
      } else if (owner) from = owner.tokenStart;
      else if (NP_LEFT_POS.has(t.pos)) from--;
      else break;
    }
    const before = tokens[from - 1];
    const isPrep = before && before.sent === m.sent && (before.pos === 'ADP' || before.lower === 'to') && !SUBORDINATORS.has(before.lower);
    units.push({ mention: m, from, to, prep: isPrep ? before.lower : undefined, prepAt: isPrep ? from - 1 : undefined, group: units.length });
  }
  for (let k = 1; k < units.length; k++) {
    const a = units[k - 1]!;
    const b = units[k]!;
    if (b.prep || b.from < a.to) continue;
    const between = tokens.slice(a.to, b.from);
    if (between.length > 0 && between.length <= 4 && between.every((t) => COORD.has(t.lower)) && between.some((t) => t.lower !== 'the')) {
      b.group = a.group;
      b.prep = a.prep;
      b.prepAt = a.prepAt;
    }
  }
  return units;
}

/** 'Russian troops' / 'Belarus's armed forces': the actor noun a modifier governs, or -1. */
function actorHead(doc: RecognisedDoc, m: DocMention, kb: KnowledgeBase): number {
  const { tokens } = doc;
  let k = m.tokenEnd;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') k++;
  for (let n = 0; n < 4 && k < tokens.length && tokens[k]!.sent === m.sent; n++, k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && kb.actorNouns.has(t.lemma)) {
      const next = tokens[k + 1];
      return next?.pos === 'NOUN' && next.sent === m.sent ? -1 : k;
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'VERB') return -1;
  }
  return -1;
}

/** Units of each coordination group. */
export function groupsOf(units: Unit[]): Map<number, Unit[]> {
  const g = new Map<number, Unit[]>();
  for (const u of units) g.set(u.group, [...(g.get(u.group) ?? []), u]);
  return g;
}
