import type { EntityType, RelationType } from '@kg/schema';

const ACTORS: EntityType[] = ['Person', 'Country', 'Organization', 'Group'];
const WITH_EVENTS: EntityType[] = [...ACTORS, 'Event'];

/** Target types an interaction may take beyond actors. */
const EVENT_TARGETS = new Set<RelationType>([
  'REJECTS',
  'CRITICIZES',
  'COERCES',
  'PROTESTS_AGAINST',
  'DEMANDS',
  'PARTICIPATES_IN',
  'INVESTIGATES',
]);

const RULES: Partial<Record<RelationType, [EntityType[], EntityType[]]>> = {
  HOLDS_ROLE: [['Person'], ['Country', 'Organization', 'Group']],
  QUOTES: [['Organization', 'Person'], ['Person']],
  AFFILIATED_WITH: [
    ['Organization', 'Group', 'Person'],
    ['Country', 'Organization', 'Person'],
  ],
  MEMBER_OF: [ACTORS, ['Organization', 'Group']],
  PART_OF: [
    ['Organization', 'Group'],
    ['Country', 'Organization'],
  ],
  PARTICIPATES_IN: [ACTORS, ['Event']],
};

/** Interactions aimed at a place ('struck Kharkiv', 'withdrew from southern Lebanon'). */
const PLACE_TARGETS = new Set<RelationType>(['ATTACKS', 'ASSAULTS', 'MOBILIZES_AGAINST', 'YIELDS']);

/** Whether an edge of `type` may join these entity types. */
export function allowed(type: RelationType, source: EntityType, target: EntityType): boolean {
  if (target === 'Location' && PLACE_TARGETS.has(type)) return ACTORS.includes(source);
  const rule = RULES[type];
  if (rule) return rule[0].includes(source) && rule[1].includes(target);
  return (
    ACTORS.includes(source) && (EVENT_TARGETS.has(type) ? WITH_EVENTS : ACTORS).includes(target)
  );
}

/** Whether an interaction of this type may take an event as its target ('condemned the attack'). */
export const acceptsEvents = (type: RelationType): boolean => EVENT_TARGETS.has(type);
