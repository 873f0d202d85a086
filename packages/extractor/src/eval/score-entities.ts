import type { Entity } from '@kg/schema';
import type { Gold, GoldEntity } from './gold-schema';
import { computeScores, type EntityEval, type EntityFalse, type EntityHit } from './eval-report';
import { normaliseName } from './normalise-name';

export interface EntityScoring {
  section: EntityEval;
  /** Extracted entity id -> canonical gold id, for every entity that matches a gold entity. */
  goldIdOf: Map<string, string>;
}

/**
 * Scores extracted entities: an entity matches the gold entity one of its names matches (its
 * name first, then its aliases in order); the first entity per canonical gold entity counts,
 * later ones are duplicates (false); matches of optional gold entities are ignored.
 */
export function scoreEntities(
  gold: Gold,
  entities: readonly Entity[],
  canonicalId: (id: string) => string,
): EntityScoring {
  const byName = new Map<string, GoldEntity>();
  for (const g of gold.entities) for (const n of g.names) byName.set(normaliseName(n), g);
  const canonical = new Map(gold.entities.map((g) => [g.id, g]));
  const required = new Set(gold.entities.filter((g) => g.required).map((g) => canonicalId(g.id)));

  const goldIdOf = new Map<string, string>();
  const firstHit = new Map<string, EntityHit>();
  const falsePositives: EntityFalse[] = [];
  for (const entity of entities) {
    const matched = [entity.name, ...entity.aliases]
      .map((n) => byName.get(normaliseName(n)))
      .find((g) => g !== undefined);
    const { id: entityId, name, type } = entity;
    if (!matched) {
      falsePositives.push({ entityId, name, type, reason: 'unmatched' });
      continue;
    }
    const goldId = canonicalId(matched.id);
    goldIdOf.set(entityId, goldId);
    if (firstHit.has(goldId)) {
      falsePositives.push({ entityId, name, type, reason: 'duplicate', goldId });
      continue;
    }
    const goldType = (canonical.get(goldId) ?? matched).type;
    firstHit.set(goldId, { goldId, goldType, entityId, name, type });
  }

  const hits = [...firstHit.values()];
  const truePositives = hits.filter((h) => required.has(h.goldId));
  const ignored = hits.filter((h) => !required.has(h.goldId));
  const falseNegatives = [...required]
    .filter((id) => !firstHit.has(id))
    .map((goldId) => ({ goldId, label: canonical.get(goldId)?.names[0] ?? goldId }));
  const scores = computeScores({
    extracted: truePositives.length + falsePositives.length,
    right: truePositives.length,
    wrong: falsePositives.length,
    required: required.size,
    found: truePositives.length,
    missed: falseNegatives.length,
    ignored: ignored.length,
  });
  return { section: { scores, truePositives, falsePositives, falseNegatives, ignored }, goldIdOf };
}
