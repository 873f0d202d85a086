import {
  catalogueEntry,
  relationId,
  type Document,
  type DocumentText,
  type Evidence,
  type ExtractionResult,
  type Relation,
  type Role,
} from '@kg/schema';
import type { EntityRef, AssembleDoc, RawRelation } from '../../types';
import { sentenceDate } from './dates';
import { assembleEntities } from './entities';

const SYMMETRIC = new Set(['CONSULTS', 'COOPERATES_DIPLOMATICALLY', 'COOPERATES_MATERIALLY']);
const STRUCTURAL = new Set([
  'HOLDS_ROLE',
  'AFFILIATED_WITH',
  'MEMBER_OF',
  'PART_OF',
  'CO_MENTIONED',
]);

/** Stage 6: dedupe edges, attach evidence and dates, keep the entities that matter. */
export function assemble(docs: AssembleDoc[]): { result: ExtractionResult; texts: DocumentText[] } {
  const relations = new Map<string, Relation>();
  const related = new Map<string, EntityRef>();
  for (const doc of docs) {
    const dates = new Map<number, string | undefined>();
    const dateOf = (sent: number) => {
      if (!dates.has(sent)) {
        const s = doc.sentences[sent]!;
        dates.set(sent, sentenceDate(doc.text.slice(s.start, s.end), doc.date) ?? doc.date);
      }
      return dates.get(sent);
    };
    for (const r of doc.relations) {
      addRelation(relations, doc, r, STRUCTURAL.has(r.type) ? doc.date : dateOf(r.sent));
      related.set(r.source.id, r.source).set(r.target.id, r.target);
    }
  }
  const entities = assembleEntities(docs, related);
  for (const r of relations.values()) {
    if (r.type !== 'HOLDS_ROLE' || !r.role) continue;
    const person = entities.get(r.source);
    if (!person) continue;
    const role: Role = { role: r.role, of: r.target };
    if (!person.roles?.some((x) => x.role === role.role && x.of === role.of))
      person.roles = [...(person.roles ?? []), role];
  }
  const documents: Document[] = docs.map((d) => ({
    id: d.id,
    ...(d.title ? { title: d.title } : {}),
    ...(d.date ? { date: d.date } : {}),
    ...(d.source ? { source: d.source } : {}),
    sentences: d.sentences.length,
  }));
  const texts: DocumentText[] = docs.map((d) => ({
    id: d.id,
    text: d.text,
    ...(d.title ? { title: d.title } : {}),
    ...(d.date ? { date: d.date } : {}),
    ...(d.source ? { source: d.source } : {}),
  }));
  return {
    result: { documents, entities: [...entities.values()], relations: [...relations.values()] },
    texts,
  };
}

function addRelation(
  relations: Map<string, Relation>,
  doc: AssembleDoc,
  r: RawRelation,
  date: string | undefined,
): void {
  const suffix = r.negated ? '__negated' : '';
  let id = relationId(r.source.id, r.type, r.target.id) + suffix;
  if (!relations.has(id) && SYMMETRIC.has(r.type)) {
    const reverse = relationId(r.target.id, r.type, r.source.id) + suffix;
    if (relations.has(reverse)) id = reverse;
  }
  const s = doc.sentences[r.sent]!;
  const evidence: Evidence = {
    docId: doc.id,
    sentence: r.sent,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    highlights: r.highlights,
    ...(date ? { date } : {}),
  };
  const existing = relations.get(id);
  if (existing) {
    const same = existing.evidence.find((e) => e.docId === doc.id && e.sentence === r.sent);
    if (same) {
      for (const h of r.highlights) {
        if (
          !same.highlights?.some((x) => x.start === h.start && x.end === h.end && x.role === h.role)
        )
          same.highlights?.push(h);
      }
    } else existing.evidence.push(evidence);
    existing.confidence = Math.max(existing.confidence, r.confidence);
    if (r.modality === 'asserted') {
      existing.modality = 'asserted';
      delete existing.claimant; // a fact in one sentence is more than a claim in another
    }
    if (date && (!existing.date || date < existing.date)) existing.date = date;
    return;
  }
  const cat = catalogueEntry(r.type);
  relations.set(id, {
    id,
    source: r.source.id,
    target: r.target.id,
    type: r.type,
    ...(cat ? { cameo: cat.cameo, quadClass: cat.quadClass } : {}),
    ...(r.role ? { role: r.role } : {}),
    ...(date ? { date } : {}),
    negated: r.negated,
    modality: r.modality,
    ...(r.claimant ? { claimant: r.claimant.id } : {}),
    confidence: r.confidence,
    evidence: [evidence],
  });
}
