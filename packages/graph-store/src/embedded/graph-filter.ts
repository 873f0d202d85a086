import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { GraphFilter, RelationType } from '@kg/schema';
import type { Params } from './kuzu-session';

export const WEAK_RELATION_TYPES: readonly RelationType[] = ['CO_MENTIONED'];

/** Relation types a filter admits: the listed ones (or all), weak ones only with includeWeak. */
export function admittedRelationTypes(f: Partial<GraphFilter>): RelationType[] {
  const base = f.relationTypes?.length ? f.relationTypes : RELATION_TYPES;
  return base.filter((t) => f.includeWeak || !WEAK_RELATION_TYPES.includes(t));
}

/** WHERE conditions on a relationship variable for confidence and date range (params added). */
export function relConditions(r: string, f: Partial<GraphFilter>, params: Params): string[] {
  const out: string[] = [];
  if (f.minConfidence && f.minConfidence > 0) {
    out.push(`${r}.confidence >= $minConfidence`);
    params.minConfidence = f.minConfidence;
  }
  if (f.from) {
    out.push(`${r}.lastDate >= date($fromDate)`);
    params.fromDate = f.from;
  }
  if (f.to) {
    out.push(`${r}.firstDate <= date($toDate)`);
    params.toDate = f.to;
  }
  return out;
}

/** Condition restricting a node variable to entity types, or null when all are allowed. */
export function nodeTypeCondition(n: string, f: Partial<GraphFilter>, params: Params): string | null {
  if (!f.types?.length || f.types.length >= ENTITY_TYPES.length) return null;
  params.entityTypes = [...f.types];
  return `label(${n}) IN $entityTypes`;
}

export const where = (conds: Array<string | null>): string => {
  const list = conds.filter((c): c is string => Boolean(c));
  return list.length ? `WHERE ${list.join(' AND ')}` : '';
};
