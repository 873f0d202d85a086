import type { KnowledgeBase } from '../../data/knowledge-base';
import type { EntityType } from '@kg/schema';
import type { DocMention, EntityRef, RecognisedDoc } from '../../types';

const KIND_TYPES: Record<string, Set<EntityType>> = {
  person: new Set(['Person']),
  thing: new Set(['Country', 'Organization', 'Group']),
  plural: new Set(['Group', 'Country', 'Organization']),
};
const OBJECT_FORMS = new Set(['him', 'them']);

export interface PronounContext {
  doc: RecognisedDoc;
  mentions: DocMention[];
  kb: KnowledgeBase;
  speakers: Map<number, EntityRef>;
  countryOf: (ref: EntityRef) => EntityRef | undefined;
}

/** Links he/his/it/its/they/we... to antecedents; 'his country' becomes the person's country. */
export function resolvePronouns(ctx: PronounContext): void {
  const { doc, mentions, kb } = ctx;
  mentions.forEach((p, idx) => {
    if (p.kind !== 'pronoun' || !p.pronoun) return;
    const entry = kb.pronouns.get(p.pronoun);
    if (!entry) return;
    let ref: EntityRef | undefined;
    if (entry.kind === 'speaker') {
      const speaker = doc.tokens[p.tokenStart]!.quoted ? ctx.speakers.get(p.sent) : undefined;
      ref = speaker && speaker.type === 'Person' ? (ctx.countryOf(speaker) ?? speaker) : speaker;
    } else {
      ref = antecedent(
        mentions,
        idx,
        KIND_TYPES[entry.kind]!,
        !!entry.reflexive,
        OBJECT_FORMS.has(p.pronoun),
      );
    }
    if (!ref) return;
    p.ref = ref;
    const next = doc.tokens[p.tokenEnd];
    if (entry.possessive && next && kb.countryNouns.has(next.lemma)) {
      const country = ref.type === 'Country' ? ref : ctx.countryOf(ref);
      if (!country) return;
      p.ref = country;
      p.kind = 'nominal';
      p.tokenEnd += 1;
      p.end = next.end;
      p.text = doc.text.slice(p.start, p.end);
    }
  });
}

function antecedent(
  mentions: DocMention[],
  idx: number,
  types: Set<EntityType>,
  reflexive: boolean,
  objectForm: boolean,
): EntityRef | undefined {
  const p = mentions[idx]!;
  const before: DocMention[] = [];
  for (let k = idx - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sent < p.sent - 3) break;
    if (!!m.ref && types.has(m.ref.type) && !m.modifier && m !== p) before.push(m);
  }
  if (before.length === 0) {
    // Modifiers ('Russian President') still count when nothing else does.
    for (let k = idx - 1; k >= 0 && mentions[k]!.sent >= p.sent - 1; k--) {
      const m = mentions[k]!;
      if (m.ref && types.has(m.ref.type)) return m.ref;
    }
    return undefined;
  }
  if (reflexive) return before[0]!.ref;
  const same = before.filter((m) => m.sent === p.sent);
  if (same.length) {
    const subject = same[same.length - 1]!;
    if (!objectForm) return subject.ref;
    // 'Putin also congratulated him': an object pronoun is not its clause's subject.
    const other = same.find((m) => m.ref!.id !== subject.ref!.id)?.ref;
    return other ?? mostMentioned(mentions, idx, types, subject.ref!.id) ?? subject.ref;
  }
  const prevSent = before[0]!.sent;
  const inPrev = before.filter((m) => m.sent === prevSent);
  return inPrev[inPrev.length - 1]!.ref;
}

/** The most mentioned compatible entity before `idx`, other than `except`. */
function mostMentioned(
  mentions: DocMention[],
  idx: number,
  types: Set<EntityType>,
  except: string,
): EntityRef | undefined {
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  for (let k = 0; k < idx; k++) {
    const ref = mentions[k]!.ref;
    if (!ref || !types.has(ref.type) || ref.id === except || mentions[k]!.kind === 'pronoun')
      continue;
    const c = counts.get(ref.id) ?? { ref, n: 0 };
    c.n++;
    counts.set(ref.id, c);
  }
  let best: { ref: EntityRef; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best?.ref;
}
