import type { Entity, Relation } from '@kg/schema';
import type { Gold, GoldRelation } from './gold-schema';
import {
  computeScores,
  type RelationEval,
  type RelationFalse,
  type RelationHit,
  type Triple,
} from './eval-report';

/** Relation types never scored: weak co-mention edges. */
export const UNSCORED_RELATION_TYPES: readonly string[] = ['CO_MENTIONED'];

interface Grouped {
  triple: Triple;
  mapped: boolean;
  relations: Relation[];
}

/**
 * Scores extracted relations as distinct (source, type, target) triples after mapping their
 * endpoints to canonical gold ids. A triple is right when it matches a required gold relation,
 * ignored when it matches only optional ones, and false otherwise.
 */
export function scoreRelations(
  gold: Gold,
  relations: readonly Relation[],
  entities: readonly Entity[],
  goldIdOf: ReadonlyMap<string, string>,
  canonicalId: (id: string) => string,
): RelationEval {
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const endpoint = (id: string) => goldIdOf.get(id) ?? `?${nameOf.get(id) ?? id}`;
  const scored = relations.filter((r) => !r.negated && !UNSCORED_RELATION_TYPES.includes(r.type));

  const groups = new Map<string, Grouped>();
  for (const r of scored) {
    const triple = { source: endpoint(r.source), type: r.type, target: endpoint(r.target) };
    const key = `${triple.source}\u0000${triple.type}\u0000${triple.target}`;
    const mapped = goldIdOf.has(r.source) && goldIdOf.has(r.target);
    const group = groups.get(key) ?? { triple, mapped, relations: [] };
    group.relations.push(r);
    groups.set(key, group);
  }

  const found = new Set<string>();
  const truePositives: RelationHit[] = [];
  const ignored: RelationHit[] = [];
  const falsePositives: RelationFalse[] = [];
  for (const { triple, mapped, relations: rs } of groups.values()) {
    const relationIds = rs.map((r) => r.id);
    const evidence = rs[0].evidence[0]?.text;
    const matching = mapped ? gold.relations.filter((g) => matches(g, triple, canonicalId)) : [];
    const requiredIds = matching.filter((g) => g.required).map((g) => g.id);
    if (requiredIds.length > 0) {
      requiredIds.forEach((id) => found.add(id));
      truePositives.push({ triple, goldIds: requiredIds, relationIds, evidence });
    } else if (matching.length > 0) {
      ignored.push({ triple, goldIds: matching.map((g) => g.id), relationIds, evidence });
    } else {
      const reason = mapped ? 'no-gold-relation' : 'unmatched-endpoint';
      falsePositives.push({ triple, reason, relationIds, evidence });
    }
  }

  const required = gold.relations.filter((g) => g.required);
  const falseNegatives = required
    .filter((g) => !found.has(g.id))
    .map((g) => ({ goldId: g.id, label: describeGoldRelation(g), note: g.note }));
  const scores = computeScores({
    extracted: truePositives.length + falsePositives.length,
    right: truePositives.length,
    wrong: falsePositives.length,
    required: required.length,
    found: found.size,
    missed: falseNegatives.length,
    ignored: ignored.length,
  });
  return {
    scores,
    truePositives,
    falsePositives,
    falseNegatives,
    ignored,
    unscored: relations.length - scored.length,
  };
}

function matches(g: GoldRelation, t: Triple, canonicalId: (id: string) => string): boolean {
  if (!g.types.includes(t.type)) return false;
  const sources = new Set(g.source.map(canonicalId));
  const targets = new Set(g.target.map(canonicalId));
  const forward = sources.has(t.source) && targets.has(t.target);
  const backward = g.symmetric === true && sources.has(t.target) && targets.has(t.source);
  return forward || backward;
}

/** "lukashenko|belarus -CONSULTS|INTENDS_TO_COOPERATE-> putin|russia" */
export function describeGoldRelation(g: GoldRelation): string {
  const arrow = g.symmetric ? '<->' : '->';
  return `${g.source.join('|')} -${g.types.join('|')}${arrow} ${g.target.join('|')}`;
}
