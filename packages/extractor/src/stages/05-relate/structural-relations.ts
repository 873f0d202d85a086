import type { DocMention, RecognisedDoc } from '../../types';
import { validAt } from '../03-recognise/role-pass';
import type { Edges } from './emit';

/** Roles and affiliations: from text patterns (facts), and from the gazetteer when both ends share a sentence. */
export function structuralRelations(doc: RecognisedDoc, edges: Edges): void {
  for (const f of doc.facts) {
    edges.pair(
      { type: f.type, sent: f.sent, trigger: f.trigger, confidence: f.confidence, role: f.role },
      f.source,
      f.target,
      f.targetRef,
    );
  }
  const bySent = new Map<number, DocMention[]>();
  for (const m of doc.mentions) {
    if (!m.ref || m.kind === 'pronoun' || !m.ref.known) continue;
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  for (const ms of bySent.values()) {
    const byId = new Map(ms.map((m) => [m.ref!.id, m]));
    for (const m of ms) {
      const ref = m.ref!;
      if (!ref.known) continue;
      const base = { sent: m.sent, confidence: 0.7 };
      const aff = ref.affiliatedWith ?? ref.country;
      if (aff && byId.has(aff)) edges.pair({ ...base, type: 'AFFILIATED_WITH' }, m, byId.get(aff));
      for (const org of ref.memberOf ?? []) if (byId.has(org)) edges.pair({ ...base, type: 'MEMBER_OF' }, m, byId.get(org));
      for (const r of ref.roles ?? []) {
        if (r.of && byId.has(r.of) && validAt(r, doc.date)) {
          edges.pair({ ...base, type: 'HOLDS_ROLE', role: r.role, confidence: 0.65 }, m, byId.get(r.of));
        }
      }
    }
  }
}
