import type { RelatedDoc } from '../../types';

const ACTORS = new Set(['Person', 'Country', 'Organization', 'Group']);

/** Weak CO_MENTIONED edges between named actors of one sentence (opt-in). */
export function coMentions(doc: RelatedDoc): RelatedDoc {
  const extra: RelatedDoc['relations'] = [];
  const bySent = new Map<number, RelatedDoc['mentions']>();
  for (const m of doc.mentions) {
    if (m.ref && ACTORS.has(m.ref.type) && m.kind !== 'pronoun')
      bySent.set(m.sent, [...(bySent.get(m.sent) ?? []), m]);
  }
  for (const [sent, ms] of bySent) {
    const unique = [...new Map(ms.map((m) => [m.ref!.id, m])).values()].sort((a, b) =>
      a.ref!.id < b.ref!.id ? -1 : 1,
    );
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i]!;
        const b = unique[j]!;
        extra.push({
          type: 'CO_MENTIONED',
          source: a.ref!,
          target: b.ref!,
          sent,
          negated: false,
          modality: 'asserted',
          confidence: 0.2,
          highlights: [
            { start: a.start, end: a.end, role: 'source' },
            { start: b.start, end: b.end, role: 'target' },
          ],
        });
      }
    }
  }
  return { ...doc, relations: [...doc.relations, ...extra] };
}
