import type { EntityType, InteractionType, QuadClass, RelationType } from '@kg/schema';

/*
 * The @kg/schema constants the viewer reads at run time, copied so the bundle does not pull in
 * @kg/schema (and with it all of zod). catalogue.test.ts proves they equal the originals.
 */

export const ENTITY_TYPES = [
  'Person',
  'Country',
  'Organization',
  'Group',
  'Event',
  'Location',
] as const satisfies readonly EntityType[];

/** Interaction types (CAMEO roots) -> [quad class, how analysts read it]. */
const INTERACTIONS: Record<InteractionType, readonly [QuadClass, string]> = {
  APPEALS_TO: [1, 'appeals to'],
  INTENDS_TO_COOPERATE: [1, 'intends to cooperate with'],
  CONSULTS: [1, 'consults'],
  COOPERATES_DIPLOMATICALLY: [1, 'cooperates diplomatically with'],
  COOPERATES_MATERIALLY: [2, 'cooperates materially with'],
  SUPPORTS: [2, 'supports'],
  YIELDS: [2, 'yields to'],
  INVESTIGATES: [3, 'investigates'],
  DEMANDS: [3, 'demands from'],
  CRITICIZES: [3, 'criticizes'],
  REJECTS: [3, 'rejects'],
  THREATENS: [3, 'threatens'],
  PROTESTS_AGAINST: [3, 'protests against'],
  MOBILIZES_AGAINST: [4, 'mobilizes against'],
  REDUCES_RELATIONS: [4, 'reduces relations with'],
  SANCTIONS: [4, 'sanctions'],
  COERCES: [4, 'coerces'],
  ASSAULTS: [4, 'assaults'],
  ATTACKS: [4, 'attacks'],
  MASS_VIOLENCE: [4, 'commits mass violence against'],
};

export const STRUCTURAL_TYPES = [
  'HOLDS_ROLE',
  'MEMBER_OF',
  'PART_OF',
  'AFFILIATED_WITH',
  'LOCATED_IN',
  'QUOTES',
  'PARTICIPATES_IN',
  'CO_MENTIONED',
] as const satisfies readonly RelationType[];

export const RELATION_TYPES: readonly RelationType[] = [
  ...(Object.keys(INTERACTIONS) as InteractionType[]),
  ...STRUCTURAL_TYPES,
];

export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export function isInteractionType(type: string): type is InteractionType {
  return Object.prototype.hasOwnProperty.call(INTERACTIONS, type);
}

/** Quad class and reading of an interaction type; undefined for structural types. */
export function catalogueEntry(type: string): { quadClass: QuadClass; label: string } | undefined {
  if (!isInteractionType(type)) return undefined;
  const [quadClass, label] = INTERACTIONS[type];
  return { quadClass, label };
}
