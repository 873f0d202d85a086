import type { Entity, EntityType, ExtractionResult, Relation, RelationType } from '@kg/schema';
import { GoldSchema, type Gold } from './gold-schema';

/** A small hand-made gold annotation exercising every scoring rule. */
export const FIXTURE_GOLD: Gold = GoldSchema.parse({
  doc: 'fixture.txt',
  date: '2022-04-07',
  entities: [
    {
      id: 'lukashenko',
      type: 'Person',
      names: ['Alexander Lukashenko', 'Lukashenko'],
      required: true,
    },
    { id: 'belarus', type: 'Country', names: ['Belarus'], required: true },
    { id: 'russia', type: 'Country', names: ['Russia', 'Russian Federation'], required: true },
    { id: 'us', type: 'Country', names: ['United States', 'U.S.'], required: true },
    { id: 'kremlin', type: 'Organization', names: ['the Kremlin'], required: false },
    { id: 'west', type: 'Group', names: ['the West', 'Western governments'], required: false },
  ],
  equivalent: { kremlin: 'russia' },
  relations: [
    {
      id: 'R1',
      source: ['lukashenko'],
      target: ['belarus'],
      types: ['HOLDS_ROLE'],
      required: true,
    },
    {
      id: 'R2',
      source: ['lukashenko', 'belarus'],
      target: ['russia'],
      types: ['CONSULTS', 'INTENDS_TO_COOPERATE'],
      symmetric: true,
      required: true,
    },
    {
      id: 'R3',
      source: ['us'],
      target: ['belarus', 'russia'],
      types: ['SANCTIONS'],
      required: true,
    },
    { id: 'R4', source: ['russia'], target: ['lukashenko'], types: ['SUPPORTS'], required: true },
    { id: 'R5', source: ['west'], target: ['russia'], types: ['CRITICIZES'], required: false },
  ],
});

export function entity(
  id: string,
  name: string,
  aliases: string[] = [],
  type?: EntityType,
): Entity {
  const mention = { docId: 'd1', start: 0, end: name.length, text: name, kind: 'name' as const };
  return { id, name, type: type ?? 'Country', aliases, mentions: [mention] };
}

export function relation(
  source: string,
  type: RelationType,
  target: string,
  extra: Partial<Relation> = {},
): Relation {
  const evidence = [
    { docId: 'd1', sentence: 0, start: 0, end: 10, text: `${source} ${type} ${target}` },
  ];
  return {
    id: `${source}__${type}__${target}`,
    source,
    target,
    type,
    negated: false,
    modality: 'asserted',
    confidence: 0.9,
    evidence,
    ...extra,
  };
}

export function result(entities: Entity[], relations: Relation[] = []): ExtractionResult {
  return { documents: [{ id: 'd1', sentences: 1 }], entities, relations };
}

/** The fixture's actors extracted once each under their first gold name. */
export const ALL_ENTITIES: Entity[] = [
  entity('lukashenko', 'Alexander Lukashenko', [], 'Person'),
  entity('BLR', 'Belarus'),
  entity('RUS', 'Russia'),
  entity('USA', 'United States'),
];
