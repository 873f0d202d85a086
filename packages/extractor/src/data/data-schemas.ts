import { z } from 'zod';
import { ENTITY_TYPES, RelationTypeSchema } from '@kg/schema';

const str = z.string().min(1);
const strs = z.array(z.string()).default([]);

export const CountrySchema = z.looseObject({
  iso3: z.string().length(3),
  name: str,
  official: z.string().optional(),
  aliases: strs,
  demonyms: strs,
  demonymPlurals: strs,
  capital: z.string().optional(),
  capitalAliases: strs,
});
export const OrganizationSchema = z.looseObject({
  id: str,
  name: str,
  type: z.enum(['Organization', 'Group']).default('Organization'),
  aliases: strs,
  country: z.string().nullable().optional(),
  affiliatedWith: z.string().nullable().optional(),
  memberOf: strs,
  kind: z.string().optional(),
});
export const PersonSchema = z.looseObject({
  id: str,
  name: str,
  aliases: strs,
  roles: z
    .array(
      z.looseObject({
        role: str,
        of: z.string().optional(),
        since: z.string().optional(),
        until: z.string().optional(),
      }),
    )
    .default([]),
});
export const GroupSchema = z.looseObject({ id: str, name: str, aliases: strs });
export const TerritorySchema = z.looseObject({
  id: str,
  name: str,
  aliases: strs,
  country: z.string().nullable().optional(),
});
export const MetonymSchema = z.looseObject({ text: str, refersTo: str });
export const AmbiguousSchema = z.looseObject({ text: str, candidates: strs });

export const GazetteerSchemas = {
  countries: z.looseObject({
    countries: z.array(CountrySchema),
    ambiguous: z.array(AmbiguousSchema).default([]),
  }),
  organizations: z.looseObject({ organizations: z.array(OrganizationSchema) }),
  people: z.looseObject({ people: z.array(PersonSchema) }),
  groups: z.looseObject({ groups: z.array(GroupSchema) }),
  territories: z.looseObject({ territories: z.array(TerritorySchema) }),
  metonyms: z.looseObject({
    metonyms: z.array(MetonymSchema),
    ambiguous: z.array(AmbiguousSchema).default([]),
  }),
};

/** Derived files (packages/extractor/scripts/convert-phoenix-actors.ts), loaded after the hand-written ones. */
export const PhoenixSchemas = {
  people: z.looseObject({
    people: z.array(PersonSchema),
    ambiguous: z.array(AmbiguousSchema).default([]),
  }),
  organizations: z.looseObject({
    organizations: z.array(OrganizationSchema),
    ambiguous: z.array(AmbiguousSchema).default([]),
  }),
  agents: z.looseObject({ groups: z.array(z.looseObject({ head: str, name: str })) }),
};

export const RolesLexiconSchema = z.looseObject({
  titles: z.array(
    z.looseObject({
      text: str,
      canonical: str,
      nameOnly: z.boolean().optional(),
      appositionOnly: z.boolean().optional(),
      /**
       * 'organisation': the title belongs to a body that is no state (CEO, chair); never infer a
       * country. 'person': to a person ('lawyer', 'aide', 'running mate'): AFFILIATED_WITH them.
       */
      body: z.enum(['organisation', 'person']).optional(),
      /** Held by members of a party or body ('MP', 'senator'): a party before it gives MEMBER_OF. */
      member: z.boolean().optional(),
    }),
  ),
  orgDescriptors: z.looseObject({ heads: z.array(str) }),
  /** Verbs before a title phrase: 'X became Y's foreign minister', 'X was elected president'. */
  predicates: z.looseObject({ copulas: z.array(str), passives: z.array(str) }),
});

export const EventsLexiconSchema = z.looseObject({
  events: z.array(z.looseObject({ class: str, heads: z.array(str) })),
  multiword: z.array(z.looseObject({ text: str, class: str })),
  distinguishingModifiers: z.array(str),
  /** 'pluralOnly': a group only in the plural ('Senators', not 'a senator'). */
  groups: z.array(z.looseObject({ head: str, name: str, pluralOnly: z.boolean().optional() })),
  groupModifiers: z.array(str),
  actorNouns: z.array(str),
  quantifiers: z.array(str).default([]),
  /** Institutions named by common nouns ('the Indonesian military', 'the provincial council', 'the pro-Beijing camp'). */
  institutions: z
    .looseObject({
      national: z.array(str),
      bodies: z.array(str),
      bodyModifiers: z.array(str),
      campHeads: z.array(str),
      campModifiers: z.array(str),
      familyHeads: z.array(str).default([]),
      nationalSame: z.array(str).default([]),
    })
    .optional(),
});

export const VerbTriggerSchema = z.looseObject({
  lemma: z.string().optional(),
  phrase: z.string().optional(),
  type: RelationTypeSchema,
  targetPreps: z.array(str).optional(),
  requires: z.array(str).optional(),
  reverse: z.boolean().optional(),
  symmetric: z.boolean().optional(),
  /** How many words after the verb `requires` is looked for (default 10). */
  requiresWithin: z.number().int().positive().optional(),
  /** How many words after the verb the target may be (default 14). */
  targetWithin: z.number().int().positive().optional(),
  /**
   * Derived entries (`cameo-triggers.json`): the CAMEO codes the entry came from. Such entries
   * take no fallback object, match `requires` only on a non-verb and never take it as target.
   */
  cameo: z.array(str).optional(),
});
export type PersonEntry = z.infer<typeof PersonSchema>;
export type OrganizationEntry = z.infer<typeof OrganizationSchema>;
export type VerbTrigger = z.infer<typeof VerbTriggerSchema>;

export const NounTriggerSchema = z.looseObject({
  noun: str,
  type: RelationTypeSchema,
  targetPreps: z.array(str).default([]),
  sourcePreps: z.array(str).default([]),
  governors: z.array(str).default([]),
  symmetric: z.boolean().optional(),
  /**
   * A relational noun in apposition ('Berri, a Hezbollah ally', 'China, North Korea's main ally',
   * 'X, an ally of Y'): the actor before the comma is the source, the noun's modifier (or its
   * `targetPreps` group) the target.
   */
  appositive: z.boolean().optional(),
  /**
   * Prepositions of the adverbial frame 'in <noun> <prep> X' ('fired rockets in support of
   * Hamas', 'stood in solidarity with Kyiv'): X is the target, the clause's subject the source.
   */
  inFrame: z.array(str).default([]),
  /**
   * Verbs whose subject is the target when the noun has a source of its own ('Putin faces an
   * ICC arrest warrant', 'Russia faces new EU sanctions').
   */
  patientGovernors: z.array(str).default([]),
});
export type NounTrigger = z.infer<typeof NounTriggerSchema>;

export const TriggersLexiconSchema = z.looseObject({
  verbs: z.array(VerbTriggerSchema),
  nouns: z.array(NounTriggerSchema),
  /**
   * 'ordered the expulsion of X', 'carried out the arrest of X': verbs whose object, a nominalised
   * trigger, is the act their subject does (`nominal-events.ts`). Not 'announce'/'confirm'.
   */
  lightVerbs: z.array(str).default([]),
  /**
   * "Peru's decision to impose sanctions on X": nouns whose owner is the subject of the infinitive
   * after them, with what they say of the act (`asserted`, `expected`, `negated`).
   */
  controlNouns: z
    .record(z.enum(['asserted', 'expected', 'negated']), z.array(str))
    .default({ asserted: [], expected: [], negated: [] }),
  /** 'Russia dismissed the move': object nouns that stand for the last actor's action. */
  anaphoricObjects: z
    .looseObject({ nouns: z.array(str), types: z.array(RelationTypeSchema) })
    .default({ nouns: [], types: [] }),
  /**
   * 'said Iran's decision was an insult', 'ruled the order unlawful', 'called the move a disgrace':
   * a speech or ruling verb judging a thing with one of these words criticises (`unlawful`:
   * rejects) the thing's owner. `verbs`: lemmas; `negative`, `unlawful`: lemmas of the judgement.
   */
  judgements: z
    .looseObject({
      verbs: z.array(str),
      negative: z.array(str),
      unlawful: z.array(str),
      /** 'X alleged (that) Y ...': speech verbs whose reported subject is criticised. */
      accusing: z.array(str).default([]),
    })
    .default({ verbs: [], negative: [], unlawful: [], accusing: [] }),
  /**
   * 'Iran-backed Hezbollah': verb lemmas whose agent compound means another relation type than
   * the verb's plain entry (backing an armed group is material support), `compound-agents.ts`.
   */
  compounds: z.record(z.string(), RelationTypeSchema).default({}),
  /** Irregular past forms wink may tag as nouns ('overthrew' -> 'overthrow'; cameo-triggers.json). */
  pastForms: z.record(z.string(), z.string()).default({}),
});

const ModalityGroup = z.looseObject({ words: z.array(z.string()), lemmas: z.array(z.string()) });
export const ModalityLexiconSchema = z.looseObject({
  negation: z.array(str),
  expected: ModalityGroup,
  reported: ModalityGroup,
  denied: ModalityGroup,
  possible: ModalityGroup,
  /** 'X said Y attacked Z', 'according to X', 'X accused Y of attacking Z': whose claim an edge is. */
  claimed: ModalityGroup.extend({ accusing: z.array(str).default([]) }).default({
    words: [],
    lemmas: [],
    accusing: [],
  }),
});

export const PronounsLexiconSchema = z.looseObject({
  pronouns: z.array(
    z.looseObject({
      text: str,
      kind: z.enum(['person', 'thing', 'plural', 'speaker']),
      possessive: z.boolean().optional(),
      reflexive: z.boolean().optional(),
    }),
  ),
  countryNouns: z.array(str),
  speechVerbs: z.array(str),
  collectives: z
    .array(z.looseObject({ noun: str, types: z.array(z.enum(ENTITY_TYPES)).min(1) }))
    .default([]),
  definites: z
    .array(
      z.looseObject({
        noun: str,
        types: z.array(z.enum(ENTITY_TYPES)).min(1),
        nameWords: z.array(str).optional(),
      }),
    )
    .default([]),
});

export const WordListSchema = z.looseObject({ words: z.array(str) });
export const NameListSchema = z.looseObject({
  names: z.array(str),
  /** Capitalised words that are surnames right after a name word ('Liu He'), pronouns elsewhere. */
  surnameWords: z.array(str).default([]),
});
export const OrgHeadsSchema = z.looseObject({
  heads: z.array(str),
  heads_start: z.array(str).default([]),
  connectors: z.array(str),
  locationHeads: z.array(str).default([]),
});
