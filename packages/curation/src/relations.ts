import { relationId, type Evidence, type Relation } from '@kg/schema';

const evidenceKey = (e: Evidence): string => `${e.docId}|${e.sentence}|${e.start}|${e.end}`;

/**
 * Relations re-keyed after their endpoints changed: `id` from (source, type, target), self-loops
 * dropped, duplicates folded into the first (evidence unioned, highest confidence kept).
 */
export function rekeyRelations(relations: Relation[]): Relation[] {
  const out = new Map<string, Relation>();
  for (const r of relations) {
    if (r.source === r.target) continue;
    const id = relationId(r.source, r.type, r.target);
    const prev = out.get(id);
    if (!prev) {
      out.set(id, { ...r, id });
      continue;
    }
    const seen = new Set(prev.evidence.map(evidenceKey));
    const evidence = [...prev.evidence, ...r.evidence.filter((e) => !seen.has(evidenceKey(e)))];
    out.set(id, { ...prev, evidence, confidence: Math.max(prev.confidence, r.confidence) });
  }
  return [...out.values()];
}

/** Normalised alias text for comparisons: case, accents and spacing ignored. */
export const foldName = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** An entity id for a new actor named `name` (a split-off alias with no id given). */
export function actorIdFor(name: string): string {
  const slug = foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return (
    slug || `actor-${[...name].map((c) => c.codePointAt(0)?.toString(36)).join('')}`.slice(0, 120)
  );
}
