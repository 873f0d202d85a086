/*
 * The catalogue and the type lists as plain constants, with no zod: the browser bundle imports
 * them through `@kg/schema/constants`; `catalogue.ts` and `domain.ts` build the zod schemas.
 */

export const ENTITY_TYPES = [
  'Person',
  'Country',
  'Organization',
  'Group',
  'Event',
  'Location',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Interaction relation types (CAMEO roots; PLOVER names noted). */
export const INTERACTION_TYPES = [
  'APPEALS_TO',
  'INTENDS_TO_COOPERATE',
  'CONSULTS',
  'COOPERATES_DIPLOMATICALLY',
  'COOPERATES_MATERIALLY',
  'SUPPORTS',
  'YIELDS',
  'INVESTIGATES',
  'DEMANDS',
  'CRITICIZES',
  'REJECTS',
  'THREATENS',
  'PROTESTS_AGAINST',
  'MOBILIZES_AGAINST',
  'REDUCES_RELATIONS',
  'SANCTIONS',
  'COERCES',
  'ASSAULTS',
  'ATTACKS',
  'MASS_VIOLENCE',
] as const;

/** Structural relation types (not CAMEO events). */
export const STRUCTURAL_TYPES = [
  'HOLDS_ROLE',
  'MEMBER_OF',
  'PART_OF',
  'AFFILIATED_WITH',
  'LOCATED_IN',
  'QUOTES',
  'PARTICIPATES_IN',
  'CO_MENTIONED',
] as const;

export const RELATION_TYPES = [...INTERACTION_TYPES, ...STRUCTURAL_TYPES] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const QUAD_CLASSES = [1, 2, 3, 4] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export interface CatalogueEntry {
  readonly type: InteractionType;
  readonly cameo: string;
  readonly plover: string;
  readonly quadClass: QuadClass;
  readonly label: string;
}

/** The relation catalogue: CAMEO root code, PLOVER name and quad class per interaction type. */
export const RELATION_CATALOGUE: readonly CatalogueEntry[] = [
  { type: 'APPEALS_TO', cameo: '02', plover: 'REQUEST', quadClass: 1, label: 'appeals to' },
  {
    type: 'INTENDS_TO_COOPERATE',
    cameo: '03',
    plover: 'AGREE',
    quadClass: 1,
    label: 'intends to cooperate with',
  },
  { type: 'CONSULTS', cameo: '04', plover: 'CONSULT', quadClass: 1, label: 'consults' },
  {
    type: 'COOPERATES_DIPLOMATICALLY',
    cameo: '05',
    plover: 'AGREE/SUPPORT',
    quadClass: 1,
    label: 'cooperates diplomatically with',
  },
  {
    type: 'COOPERATES_MATERIALLY',
    cameo: '06',
    plover: 'COOPERATE',
    quadClass: 2,
    label: 'cooperates materially with',
  },
  { type: 'SUPPORTS', cameo: '07', plover: 'AID', quadClass: 2, label: 'supports' },
  { type: 'YIELDS', cameo: '08', plover: 'CONCEDE/RETREAT', quadClass: 2, label: 'yields to' },
  { type: 'INVESTIGATES', cameo: '09', plover: 'INVESTIGATE', quadClass: 3, label: 'investigates' },
  { type: 'DEMANDS', cameo: '10', plover: 'REQUEST', quadClass: 3, label: 'demands from' },
  { type: 'CRITICIZES', cameo: '11', plover: 'ACCUSE', quadClass: 3, label: 'criticizes' },
  { type: 'REJECTS', cameo: '12', plover: 'REJECT', quadClass: 3, label: 'rejects' },
  { type: 'THREATENS', cameo: '13', plover: 'THREATEN', quadClass: 3, label: 'threatens' },
  {
    type: 'PROTESTS_AGAINST',
    cameo: '14',
    plover: 'PROTEST',
    quadClass: 3,
    label: 'protests against',
  },
  {
    type: 'MOBILIZES_AGAINST',
    cameo: '15',
    plover: 'MOBILIZE',
    quadClass: 4,
    label: 'mobilizes against',
  },
  {
    type: 'REDUCES_RELATIONS',
    cameo: '16',
    plover: 'REDUCE',
    quadClass: 4,
    label: 'reduces relations with',
  },
  { type: 'SANCTIONS', cameo: '163', plover: 'SANCTION', quadClass: 4, label: 'sanctions' },
  { type: 'COERCES', cameo: '17', plover: 'COERCE', quadClass: 4, label: 'coerces' },
  { type: 'ASSAULTS', cameo: '18', plover: 'ASSAULT', quadClass: 4, label: 'assaults' },
  { type: 'ATTACKS', cameo: '19', plover: 'ASSAULT', quadClass: 4, label: 'attacks' },
  {
    type: 'MASS_VIOLENCE',
    cameo: '20',
    plover: 'ASSAULT',
    quadClass: 4,
    label: 'commits mass violence against',
  },
];

const BY_TYPE = new Map(RELATION_CATALOGUE.map((e) => [e.type as string, e]));

/** Catalogue entry of an interaction type, or undefined for structural types. */
export function catalogueEntry(type: string): CatalogueEntry | undefined {
  return BY_TYPE.get(type);
}

export function isInteractionType(type: string): type is InteractionType {
  return BY_TYPE.has(type);
}

/** Expanded actors a saved view keeps (in order; the first ones). */
export const MAX_VIEW_EXPANDED = 200;

/** Viewer panels a permalink or saved view can reopen (tool sections and the Cypher console). */
export const VIEW_PANELS = ['filters', 'paths', 'metrics', 'cypher'] as const;
export type ViewPanel = (typeof VIEW_PANELS)[number];

/** `claimed`: one actor's claim about another ('Russia said Ukraine shelled the plant'); see `claimant`. */
export const MODALITIES = [
  'asserted',
  'expected',
  'reported',
  'denied',
  'possible',
  'claimed',
] as const;

export * from './palette';

/** Why an analyst rejects a relation (corrections log; the viewer's reject menu). */
export const REJECT_REASONS = [
  'wrong-actor',
  'wrong-type',
  'wrong-direction',
  'not-stated',
  'negated-or-hypothetical',
  'duplicate',
  'other',
] as const;
