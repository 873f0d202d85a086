import { RELATION_TYPES } from '@kg/schema';
import type { GraphFilter, RelationType } from '@kg/schema';

/** Relation types shown only with `includeWeak` (co-occurrence, not an interaction). */
export const WEAK_RELATION_TYPES: readonly RelationType[] = ['CO_MENTIONED'];

/** Relation types a filter admits: the listed ones (or all), weak ones only with includeWeak. */
export function admittedRelationTypes(f: Partial<GraphFilter>): RelationType[] {
  const base = f.relationTypes?.length ? f.relationTypes : RELATION_TYPES;
  return base.filter((t) => f.includeWeak || !WEAK_RELATION_TYPES.includes(t));
}
