import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc } from '../../types';
import { validAt } from '../03-recognise/role-pass';
import type { Edges } from './emit';
import { memberships } from './memberships';

const NAMED = new Set(['name', 'alias']);

/**
 * Roles and affiliations: from text patterns (facts), and from the gazetteer when the text names
 * both ends in one sentence (first such sentence only; never when the text already gave the role).
 */
export function structuralRelations(doc: RecognisedDoc, edges: Edges, kb: KnowledgeBase): void {
  const textual = new Set<string>();
  for (const f of doc.facts) {
    edges.pair(
      { type: f.type, sent: f.sent, trigger: f.trigger, confidence: f.confidence, role: f.role },
      f.source,
      f.target,
      f.targetRef,
    );
    if (f.source.ref) textual.add(`${f.type}:${f.source.ref.id}`);
  }
  memberships(doc, edges, kb.pastForms);
  const bySent = new Map<number, DocMention[]>();
  for (const m of doc.mentions) {
    if (!m.ref || m.kind === 'pronoun' || !m.ref.known) continue;
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  const done = new Set<string>();
  const once = (key: string) => !done.has(key) && !!done.add(key);
  for (const ms of bySent.values()) {
    const named = new Map<string, DocMention>();
    for (const m of ms) if (NAMED.has(m.kind)) named.set(m.ref!.id, m);
    for (const m of ms) {
      const ref = m.ref!;
      const base = { sent: m.sent, confidence: 0.65 };
      const aff = ref.affiliatedWith
        ? (named.get(ref.affiliatedWith) ?? demonymBefore(ms, m, ref.affiliatedWith))
        : undefined;
      if (aff && !textual.has(`AFFILIATED_WITH:${ref.id}`) && once(`A:${ref.id}`)) {
        edges.pair({ ...base, type: 'AFFILIATED_WITH' }, m, aff);
      }
      if (ref.type !== 'Person' || textual.has(`HOLDS_ROLE:${ref.id}`)) continue;
      for (const r of ref.roles ?? []) {
        const holder = r.of ? named.get(r.of) : undefined;
        if (holder && validAt(r, doc.date) && once(`R:${ref.id}:${r.of}`)) {
          edges.pair({ ...base, type: 'HOLDS_ROLE', role: r.role }, m, holder);
        }
      }
    }
  }
}

/** 'Belarusian state news agency Belta': a demonym of the affiliated country shortly before the organisation. */
function demonymBefore(ms: DocMention[], org: DocMention, id: string): DocMention | undefined {
  return ms.find(
    (d) =>
      d.kind === 'demonym' &&
      d.ref?.id === id &&
      d.tokenEnd <= org.tokenStart &&
      org.tokenStart - d.tokenEnd <= 4,
  );
}
