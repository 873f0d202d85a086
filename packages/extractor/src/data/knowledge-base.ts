import type { EntityType, RelationType } from '@kg/schema';
import type { EntityRef } from '../types';
import type { NounTrigger, VerbTrigger } from './data-schemas';
import type { RawData } from './load-data';
import { mergeTriggers } from './merge-triggers';
import { organizationRef, personRef } from './gazetteer-refs';
import { PhraseIndex } from './phrase-index';
import { addPhoenix } from './phoenix-entries';

export interface TitleEntry {
  words: string[];
  canonical: string;
  nameOnly: boolean;
  appositionOnly: boolean;
  body?: 'organisation' | 'person';
  member?: boolean;
}

/** Everything the stages need, built once from the data files. */
export interface KnowledgeBase {
  phrases: PhraseIndex;
  /** Canonical refs by id (ISO3 for countries, gazetteer ids otherwise). */
  refs: Map<string, EntityRef>;
  /** Person refs by lower-cased full name and alias. */
  peopleByName: Map<string, EntityRef>;
  /** Titles by first word, longest first. */
  titles: Map<string, TitleEntry[]>;
  /** Organisation descriptors by first word, longest first. */
  orgDescriptors: Map<string, string[][]>;
  /** Role predicates by lemma, each with the words after it, longest first (`roles.json`). */
  rolePredicates: { copulas: Map<string, string[][]>; passives: Map<string, string[][]> };
  eventHeads: Map<string, string>;
  /** Multi-word event names by first word, longest first. */
  eventMultiword: Map<string, { words: string[]; cls: string }[]>;
  eventModifiers: Set<string>;
  groupHeads: Map<string, string>;
  /** Ids of peoples and religious communities of groups.json ('Kurds', 'Druze'). */
  peoples: Set<string>;
  /** Phoenix agent nouns ('student' → 'students'): a Group only with a country or organisation. */
  agentHeads: Map<string, string>;
  groupModifiers: Set<string>;
  /** Group heads that make a group only in the plural ('senator'). */
  pluralGroupHeads: Set<string>;
  /** Common-noun institutions (`events.json` 'institutions'); national nouns as word lists. */
  institutions: {
    national: string[][];
    bodies: Set<string>;
    bodyModifiers: Set<string>;
    campHeads: Set<string>;
    campModifiers: Set<string>;
    familyHeads: Set<string>;
    /** National nouns that name one institution ('military', 'army', 'armed forces'). */
    nationalSame: Set<string>;
  };
  actorNouns: Set<string>;
  quantifiers: Set<string>;
  locationHeads: Set<string>;
  verbTriggers: Map<string, VerbTrigger[]>;
  /** Irregular past forms wink may tag as nouns, keyed in `verbTriggers` like their verb. */
  pastForms: Set<string>;
  nounTriggers: Map<string, NounTrigger>;
  /** 'ordered the expulsion of X': verbs whose nominalised object is their subject's act. */
  lightVerbs: Set<string>;
  /** "Peru's decision to ...": control nouns and what they say of the act (triggers.json). */
  controlNouns: Map<string, 'asserted' | 'expected' | 'negated'>;
  /** 'Iran-backed X': relation types of agent compounds by verb lemma (triggers.json `compounds`). */
  compoundTypes: Map<string, RelationType>;
  /** 'dismissed the move': nouns standing for an earlier action, and the relation types they take. */
  anaphoricNouns: Set<string>;
  anaphoricTypes: Set<RelationType>;
  /** 'said X's decision was an insult': judging verbs and words (triggers.json `judgements`). */
  judgements: {
    verbs: Set<string>;
    negative: Set<string>;
    unlawful: Set<string>;
    accusing: Set<string>;
  };
  negation: Set<string>;
  modality: RawData['modality'];
  pronouns: Map<string, RawData['pronouns']['pronouns'][number]>;
  countryNouns: Set<string>;
  speechVerbs: Set<string>;
  /** 'the two countries', 'both sides': the entity types each collective noun stands for. */
  collectives: Map<string, Set<EntityType>>;
  /** 'the court', 'the bloc': what a definite noun may stand for. */
  definites: Map<string, { types: Set<EntityType>; nameWords?: string[] }>;
  stopwords: Set<string>;
  givenNames: Set<string>;
  /** 'He' in 'Liu He': a surname when it follows a name word mid-sentence. */
  surnameWords: Set<string>;
  orgHeads: Set<string>;
  orgHeadsStart: Set<string>;
  orgConnectors: Set<string>;
  warnings: string[];
}

const PEOPLE_KINDS = new Set(['people', 'religious']);
const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

export function buildKnowledgeBase(data: RawData): KnowledgeBase {
  const phrases = new PhraseIndex();
  const refs = new Map<string, EntityRef>();
  const peopleByName = new Map<string, EntityRef>();
  const ambiguous = new Set(
    [...data.countries.ambiguous, ...data.metonyms.ambiguous].map((a) =>
      a.text.replace(/^the /i, '').toLowerCase(),
    ),
  );
  const add = (
    surface: string,
    ref: EntityRef,
    kind: 'name' | 'alias' | 'demonym',
    capital = false,
    plural = false,
    ambiguousHere: ReadonlySet<string> = ambiguous,
  ) =>
    phrases.add({
      surface,
      ref,
      kind,
      capital,
      plural,
      ambiguous: ambiguousHere.has(surface.replace(/^the /i, '').toLowerCase()),
    });

  for (const c of data.countries.countries) {
    const aliases = [...new Set([c.official, ...c.aliases].filter((a): a is string => !!a))];
    refs.set(c.iso3, {
      id: c.iso3,
      name: c.name,
      type: 'Country',
      iso3: c.iso3,
      aliases,
      demonym: c.demonyms[0],
      known: true,
    });
  }
  for (const o of data.organizations.organizations) refs.set(o.id, organizationRef(o));
  for (const p of data.people.people) {
    const ref = personRef(p);
    refs.set(p.id, ref);
    for (const n of [p.name, ...p.aliases]) peopleByName.set(n.toLowerCase(), ref);
  }
  for (const g of data.groups.groups) {
    refs.set(g.id, { id: g.id, name: g.name, type: 'Group', aliases: g.aliases, known: true });
  }

  // Insertion order is priority order for identical surfaces.
  for (const c of data.countries.countries) add(c.name, refs.get(c.iso3)!, 'name');
  for (const c of data.countries.countries) {
    for (const a of [c.official, ...c.aliases]) if (a) add(a, refs.get(c.iso3)!, 'alias');
  }
  for (const o of data.organizations.organizations) {
    add(o.name, refs.get(o.id)!, 'name');
    for (const a of o.aliases) add(a, refs.get(o.id)!, 'alias');
  }
  for (const p of data.people.people) {
    add(p.name, refs.get(p.id)!, 'name');
    for (const a of p.aliases) add(a, refs.get(p.id)!, 'alias');
  }
  for (const g of data.groups.groups) {
    add(g.name, refs.get(g.id)!, 'name');
    for (const a of g.aliases) add(a, refs.get(g.id)!, 'alias');
  }
  // Regions, breakaway and disputed territories (Location; their country kept for context).
  for (const t of data.territories.territories) {
    if (refs.has(t.id)) continue;
    const ref: EntityRef = {
      id: t.id,
      name: t.name,
      type: 'Location',
      aliases: t.aliases,
      known: true,
      country: t.country ?? undefined,
    };
    refs.set(t.id, ref);
    add(t.name, ref, 'name');
    for (const a of t.aliases) add(a, ref, 'alias');
  }
  for (const m of data.metonyms.metonyms) {
    const ref = refs.get(m.refersTo);
    if (ref) add(m.text, ref, 'alias');
  }
  for (const c of data.countries.countries) {
    const ref = refs.get(c.iso3)!;
    for (const cap of [c.capital, ...c.capitalAliases]) if (cap) add(cap, ref, 'alias', true);
  }
  addPhoenix(data.phoenix, refs, peopleByName, add);
  for (const c of data.countries.countries) {
    for (const d of c.demonyms) add(d, refs.get(c.iso3)!, 'demonym');
    for (const d of c.demonymPlurals) add(d, refs.get(c.iso3)!, 'demonym', false, true);
  }

  const verbTriggers = new Map<string, VerbTrigger[]>();
  // Hand-written entries first; the derived CAMEO entries fill what they leave open.
  for (const t of mergeTriggers(data.triggers.verbs, data.cameoTriggers.verbs)) {
    const key = t.lemma ?? t.phrase?.split(' ')[0];
    if (!key) continue;
    verbTriggers.set(key, [...(verbTriggers.get(key) ?? []), t]);
  }
  // Entries with a phrase or requirements first: they are more specific.
  for (const list of verbTriggers.values()) {
    list.sort((a, b) => Number(!!b.phrase || !!b.requires) - Number(!!a.phrase || !!a.requires));
  }
  // 'overthrew' (wink: a noun, lemma 'overthrew'): the entries of 'overthrow'.
  const pastForms = new Set<string>();
  for (const [form, base] of Object.entries(data.cameoTriggers.pastForms)) {
    const list = verbTriggers.get(base);
    if (!list || verbTriggers.has(form)) continue;
    verbTriggers.set(form, list);
    pastForms.add(form);
  }
  const eventHeads = new Map<string, string>();
  for (const e of data.events.events) for (const h of e.heads) eventHeads.set(h, e.class);

  const warnings = data.missing.map((f) => `gazetteer file missing, loaded as empty: ${f}`);
  return {
    phrases,
    refs,
    peopleByName,
    titles: byFirstWord(
      // 'Secretary-General' is three tokens for wink, 'vice-president' one: both forms match.
      data.roles.titles.flatMap((t) =>
        [...new Set([t.text, t.text.replace(/-/g, ' - ')])].map((text) => ({
          words: words(text),
          canonical: t.canonical,
          nameOnly: !!t.nameOnly,
          appositionOnly: !!t.appositionOnly,
          body: t.body,
          member: t.member,
        })),
      ),
      (t) => t.words,
    ),
    orgDescriptors: byFirstWord(data.roles.orgDescriptors.heads.map(words), (w) => w),
    rolePredicates: {
      copulas: byFirstWord(data.roles.predicates.copulas.map(words), (w) => w),
      passives: byFirstWord(data.roles.predicates.passives.map(words), (w) => w),
    },
    eventHeads,
    eventMultiword: byFirstWord(
      data.events.multiword.map((m) => ({ words: words(m.text), cls: m.class })),
      (m) => m.words,
    ),
    eventModifiers: new Set(data.events.distinguishingModifiers),
    groupHeads: new Map(data.events.groups.map((g) => [g.head, g.name])),
    peoples: new Set(
      data.groups.groups.filter((g) => PEOPLE_KINDS.has(String(g.kind))).map((g) => g.id),
    ),
    agentHeads: new Map(data.phoenix.agents.groups.map((g) => [g.head, g.name])),
    groupModifiers: new Set(data.events.groupModifiers),
    pluralGroupHeads: new Set(data.events.groups.filter((g) => g.pluralOnly).map((g) => g.head)),
    institutions: {
      national: (data.events.institutions?.national ?? []).map(words),
      bodies: new Set(data.events.institutions?.bodies),
      bodyModifiers: new Set(data.events.institutions?.bodyModifiers),
      campHeads: new Set(data.events.institutions?.campHeads),
      campModifiers: new Set(data.events.institutions?.campModifiers),
      familyHeads: new Set(data.events.institutions?.familyHeads),
      nationalSame: new Set(data.events.institutions?.nationalSame),
    },
    actorNouns: new Set(data.events.actorNouns),
    quantifiers: new Set(data.events.quantifiers),
    locationHeads: new Set(data.orgHeads.locationHeads),
    verbTriggers,
    pastForms,
    nounTriggers: new Map(data.triggers.nouns.map((n) => [n.noun, n])),
    compoundTypes: new Map(Object.entries(data.triggers.compounds)),
    controlNouns: controlNounMap(data.triggers.controlNouns),
    lightVerbs: new Set(data.triggers.lightVerbs),
    anaphoricNouns: new Set(data.triggers.anaphoricObjects.nouns),
    anaphoricTypes: new Set(data.triggers.anaphoricObjects.types),
    judgements: {
      verbs: new Set(data.triggers.judgements.verbs),
      negative: new Set(data.triggers.judgements.negative),
      unlawful: new Set(data.triggers.judgements.unlawful),
      accusing: new Set(data.triggers.judgements.accusing),
    },
    negation: new Set(data.modality.negation),
    modality: data.modality,
    pronouns: new Map(data.pronouns.pronouns.map((p) => [p.text, p])),
    countryNouns: new Set(data.pronouns.countryNouns),
    speechVerbs: new Set(data.pronouns.speechVerbs),
    collectives: new Map(data.pronouns.collectives.map((c) => [c.noun, new Set(c.types)])),
    definites: new Map(
      data.pronouns.definites.map((d) => [
        d.noun,
        { types: new Set(d.types), nameWords: d.nameWords },
      ]),
    ),
    stopwords: new Set(data.stoplist.words),
    givenNames: new Set(data.givenNames.names),
    surnameWords: new Set(data.givenNames.surnameWords),
    orgHeads: new Set(data.orgHeads.heads),
    orgHeadsStart: new Set(data.orgHeads.heads_start),
    orgConnectors: new Set(data.orgHeads.connectors),
    warnings,
  };
}

/** Groups word sequences by their first word, longest first. */
function byFirstWord<T>(items: T[], wordsOf: (t: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = wordsOf(item)[0];
    if (first) map.set(first, [...(map.get(first) ?? []), item]);
  }
  for (const list of map.values()) list.sort((a, b) => wordsOf(b).length - wordsOf(a).length);
  return map;
}

function controlNounMap(
  lists: Partial<Record<'asserted' | 'expected' | 'negated', string[]>>,
): Map<string, 'asserted' | 'expected' | 'negated'> {
  const out = new Map<string, 'asserted' | 'expected' | 'negated'>();
  for (const kind of ['asserted', 'expected', 'negated'] as const)
    for (const noun of lists[kind] ?? []) out.set(noun, kind);
  return out;
}
