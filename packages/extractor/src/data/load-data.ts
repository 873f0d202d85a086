import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ExtractorError } from '../errors';
import {
  EventsLexiconSchema,
  GazetteerSchemas,
  ModalityLexiconSchema,
  NameListSchema,
  OrgHeadsSchema,
  PhoenixSchemas,
  PronounsLexiconSchema,
  RolesLexiconSchema,
  TriggersLexiconSchema,
  WordListSchema,
} from './data-schemas';

/** The repository's data/ folder (gazetteer/ and lexicons/). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));

export interface DataLocation {
  dataDir?: string;
  gazetteerDir?: string;
  lexiconDir?: string;
  /** Load the derived Phoenix files (default true; missing files load as empty). */
  phoenix?: boolean;
}

type G = typeof GazetteerSchemas;
export interface RawData {
  countries: z.infer<G['countries']>;
  organizations: z.infer<G['organizations']>;
  people: z.infer<G['people']>;
  groups: z.infer<G['groups']>;
  territories: z.infer<G['territories']>;
  metonyms: z.infer<G['metonyms']>;
  roles: z.infer<typeof RolesLexiconSchema>;
  events: z.infer<typeof EventsLexiconSchema>;
  triggers: z.infer<typeof TriggersLexiconSchema>;
  /** Derived from the CAMEO verb dictionary (`cameo-triggers.json`; empty when missing). */
  cameoTriggers: z.infer<typeof TriggersLexiconSchema>;
  modality: z.infer<typeof ModalityLexiconSchema>;
  pronouns: z.infer<typeof PronounsLexiconSchema>;
  stoplist: z.infer<typeof WordListSchema>;
  givenNames: z.infer<typeof NameListSchema>;
  orgHeads: z.infer<typeof OrgHeadsSchema>;
  /** Derived from the Phoenix dictionaries; hand-written entries win (knowledge-base.ts). */
  phoenix: PhoenixData;
  /** Gazetteer files that were missing (loaded as empty). */
  missing: string[];
}

type P = typeof PhoenixSchemas;
export interface PhoenixData {
  people: z.infer<P['people']>;
  organizations: z.infer<P['organizations']>;
  agents: z.infer<P['agents']>;
}
const NO_PHOENIX: PhoenixData = {
  people: { people: [], ambiguous: [] },
  organizations: { organizations: [], ambiguous: [] },
  agents: { groups: [] },
};

function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ExtractorError('data', `cannot read ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExtractorError(
      'data',
      `${file} does not match its format at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** Loads and validates gazetteer and lexicon files (IO: called once by createExtractor). */
export function loadData(location: DataLocation = {}): RawData {
  const dataDir = location.dataDir ?? DEFAULT_DATA_DIR;
  const gazDir = location.gazetteerDir ?? join(dataDir, 'gazetteer');
  const lexDir = location.lexiconDir ?? join(dataDir, 'lexicons');
  const missing: string[] = [];
  const gaz = <K extends keyof G>(name: K, empty: z.infer<G[K]>): z.infer<G[K]> => {
    const file = join(gazDir, `${name}.json`);
    if (!existsSync(file)) {
      if (name === 'countries') {
        throw new ExtractorError(
          'data',
          `missing ${file}: the gazetteer needs at least countries.json`,
        );
      }
      missing.push(file);
      return empty;
    }
    return readJson(file, GazetteerSchemas[name]) as z.infer<G[K]>;
  };
  const lex = <S extends z.ZodType>(name: string, schema: S) =>
    readJson(join(lexDir, `${name}.json`), schema);
  return {
    countries: gaz('countries', { countries: [], ambiguous: [] }),
    organizations: gaz('organizations', { organizations: [] }),
    people: gaz('people', { people: [] }),
    groups: gaz('groups', { groups: [] }),
    territories: gaz('territories', { territories: [] }),
    metonyms: gaz('metonyms', { metonyms: [], ambiguous: [] }),
    roles: lex('roles', RolesLexiconSchema),
    events: lex('events', EventsLexiconSchema),
    triggers: lex('triggers', TriggersLexiconSchema),
    cameoTriggers: existsSync(join(lexDir, 'cameo-triggers.json'))
      ? lex('cameo-triggers', TriggersLexiconSchema)
      : TriggersLexiconSchema.parse({ verbs: [], nouns: [] }),
    modality: lex('modality', ModalityLexiconSchema),
    pronouns: lex('pronouns', PronounsLexiconSchema),
    stoplist: lex('stoplist', WordListSchema),
    givenNames: lex('given-names', NameListSchema),
    orgHeads: lex('org-heads', OrgHeadsSchema),
    phoenix: location.phoenix === false ? NO_PHOENIX : loadPhoenix(gazDir, lexDir),
    missing,
  };
}

/** The derived Phoenix files that exist (they are optional). */
function loadPhoenix(gazDir: string, lexDir: string): PhoenixData {
  const opt = <S extends z.ZodType>(file: string, schema: S, empty: z.infer<S>): z.infer<S> =>
    existsSync(file) ? readJson(file, schema) : empty;
  return {
    people: opt(join(gazDir, 'phoenix-people.json'), PhoenixSchemas.people, NO_PHOENIX.people),
    organizations: opt(
      join(gazDir, 'phoenix-organizations.json'),
      PhoenixSchemas.organizations,
      NO_PHOENIX.organizations,
    ),
    agents: opt(join(lexDir, 'phoenix-agents.json'), PhoenixSchemas.agents, NO_PHOENIX.agents),
  };
}
