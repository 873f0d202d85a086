import type { EntityType } from '@kg/schema';

/** Counts and ratios of one section (entities or relations) of an evaluation. */
export interface EvalScores {
  /** Scored extracted items: right + wrong (optional matches and unscored items left out). */
  extracted: number;
  right: number;
  wrong: number;
  /** Required gold items, those found, those missed. */
  required: number;
  found: number;
  missed: number;
  /** Extracted items matching only optional gold items: neither right nor wrong. */
  ignored: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityHit {
  goldId: string;
  goldType: EntityType;
  entityId: string;
  name: string;
  type: EntityType;
}

export const ENTITY_ERRORS = ['unmatched', 'duplicate'] as const;
export type EntityError = (typeof ENTITY_ERRORS)[number];

export interface EntityFalse {
  entityId: string;
  name: string;
  type: EntityType;
  reason: EntityError;
  /** The gold entity a duplicate repeats. */
  goldId?: string;
}

export interface GoldMiss {
  goldId: string;
  label: string;
  note?: string;
}

/** A (source, type, target) triple; endpoints are gold ids, or `?name` when they match none. */
export interface Triple {
  source: string;
  type: string;
  target: string;
}

export interface RelationHit {
  triple: Triple;
  /** Gold relations the triple matches. */
  goldIds: string[];
  relationIds: string[];
  evidence?: string;
}

export const RELATION_ERRORS = ['unmatched-endpoint', 'no-gold-relation'] as const;
export type RelationError = (typeof RELATION_ERRORS)[number];

export interface RelationFalse {
  triple: Triple;
  reason: RelationError;
  relationIds: string[];
  evidence?: string;
}

export interface EvalSection<Hit, False> {
  scores: EvalScores;
  truePositives: Hit[];
  falsePositives: False[];
  falseNegatives: GoldMiss[];
  ignored: Hit[];
}

export type EntityEval = EvalSection<EntityHit, EntityFalse>;
export type RelationEval = EvalSection<RelationHit, RelationFalse> & {
  /** Extracted relations left out of scoring: negated ones and CO_MENTIONED edges. */
  unscored: number;
};

export interface EvalReport {
  doc: string;
  entities: EntityEval;
  relations: RelationEval;
}

/** Precision, recall and F1 from raw counts; a ratio with nothing to divide by is 1. */
export function computeScores(counts: Omit<EvalScores, 'precision' | 'recall' | 'f1'>): EvalScores {
  const precision = counts.extracted === 0 ? 1 : counts.right / counts.extracted;
  const recall = counts.required === 0 ? 1 : counts.found / counts.required;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Micro-averaged scores: the counts of every report summed, then the ratios recomputed. */
export function sumScores(scores: readonly EvalScores[]): EvalScores {
  const total = { extracted: 0, right: 0, wrong: 0, required: 0, found: 0, missed: 0, ignored: 0 };
  for (const s of scores) {
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += s[key];
  }
  return computeScores(total);
}
