/**
 * Converts the Phoenix (PETRARCH2) actor and agent dictionaries into derived gazetteer and
 * lexicon files; deterministic (the same inputs give byte-identical files).
 * Run: npx tsx packages/extractor/scripts/convert-phoenix-actors.ts [--dictionaries dir]
 * Reads ../shared/datasets/event-dictionaries/petrarch2/Phoenix.{Countries,International,
 * MilNonState}.actors.txt and Phoenix.agents.txt (MIT); writes data/gazetteer/phoenix-people.json,
 * data/gazetteer/phoenix-organizations.json and data/lexicons/phoenix-agents.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, loadData } from '../src/data/load-data';
import { hashText } from '../src/name-tagger/feature-hash';
import { DEFAULT_NAME_TAGGER_MODEL } from '../src/name-tagger/load-name-tagger';
import { TaggerModelFileSchema, decodeTaggerModel } from '../src/name-tagger/tagger-model-file';
import { convertPhoenix } from '../src/phoenix/convert-phoenix';
import { nameKey } from '../src/phoenix/display-name';
import { argValue } from './name-tagger/script-args';

const DEFAULT_DIR = fileURLToPath(
  new URL('../../../../shared/datasets/event-dictionaries/petrarch2/', import.meta.url),
);
const dir = argValue('dictionaries') ?? DEFAULT_DIR;
const read = (f: string) => readFileSync(join(dir, f), 'latin1');
/** 'Generated at: Thu Jan 30 16:06:18 2014' in the countries file; the others are older. */
const COMPILED = '2014-01-30';

const data = loadData({ phoenix: false });
const lower = (xs: (string | undefined)[]) =>
  xs.filter((x): x is string => !!x).map((x) => x.replace(/^the /i, '').toLowerCase());
const c = data.countries.countries;
const places = new Set(
  lower([
    ...c.flatMap((x) => [x.name, x.official, ...x.aliases, x.capital, ...x.capitalAliases]),
    ...c.flatMap((x) => [...x.demonyms, ...x.demonymPlurals]),
    ...data.territories.territories.flatMap((t) => [t.name, ...t.aliases]),
  ]),
);
const orgs = data.organizations.organizations;
const known = new Set(
  [
    ...orgs.flatMap((o) => [o.name, ...o.aliases]),
    ...data.people.people.flatMap((p) => [p.name, ...p.aliases]),
    ...data.groups.groups.flatMap((g) => [g.name, ...g.aliases]),
    ...data.metonyms.metonyms.map((m) => m.text),
  ]
    .filter((n): n is string => !!n)
    .map(nameKey),
);
const knownOrgIds = new Map(
  orgs.flatMap((o) => lower([o.name, ...o.aliases]).map((n) => [n, o.id])),
);
const model = decodeTaggerModel(
  TaggerModelFileSchema.parse(JSON.parse(readFileSync(DEFAULT_NAME_TAGGER_MODEL, 'utf8'))),
);
const common = new Set(model.commonWords);
const titleWords = new Set(data.roles.titles.flatMap((t) => t.text.toLowerCase().split(/\s+/)));

const result = convertPhoenix(
  {
    countries: read('Phoenix.Countries.actors.txt'),
    international: read('Phoenix.International.actors.txt'),
    milNonState: read('Phoenix.MilNonState.actors.txt'),
    agents: read('Phoenix.agents.txt'),
  },
  {
    countries: new Set(c.map((x) => x.iso3)),
    known,
    places,
    titleWords: new Set([
      ...titleWords,
      'secretary-general',
      'chief',
      'leader',
      'envoy',
      'spokesman',
    ]),
    givenNames: new Set(data.givenNames.names),
    orgHeads: new Set([...data.orgHeads.heads, ...data.orgHeads.heads_start]),
    isCommonWord: (w) => common.has(hashText(w)),
    compiled: COMPILED,
    knownOrgIds,
    takenHeads: new Set([
      ...data.events.groups.map((g) => g.head),
      ...data.events.actorNouns,
      ...data.events.events.flatMap((e) => e.heads),
      ...titleWords,
      ...data.stoplist.words,
    ]),
  },
);

const SOURCES =
  'Derived by packages/extractor/scripts/convert-phoenix-actors.ts from the Phoenix dictionaries of PETRARCH2 (Open Event Data Alliance, MIT licence), read from ../shared/datasets/event-dictionaries/petrarch2/ and not copied; `source` gives the file and line of each entry. See data/NOTICE.md. Do not edit by hand: change the converter and run it again.';
const AMBIGUOUS =
  '`ambiguous` lists names that need context (one-word names, short acronyms, names made of common English words), as in the hand-written files.';
const write = (file: string, about: string, body: Record<string, unknown>) =>
  writeFileSync(join(DEFAULT_DATA_DIR, file), compactJson({ about, sources: SOURCES, ...body }));

/** One array item per line: small files that still diff line by line. */
function compactJson(obj: Record<string, unknown>): string {
  const fields = Object.entries(obj).map(([k, v]) => {
    const value = Array.isArray(v)
      ? `[\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`
      : JSON.stringify(v);
    return `  ${JSON.stringify(k)}: ${value}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
const peopleIds = new Set(result.people.map((p) => p.id));
write(
  'gazetteer/phoenix-people.json',
  `People of the Phoenix country and international actor dictionaries (leaders and office holders, mostly 1945-2014) that the hand-written people.json does not name; loaded after it, so a hand-written entry wins. Ids start with 'phx-'. \`roles[].role\` is the CAMEO sector of the code ('Government official' for GOV, 'Military official', 'Opposition leader', 'Rebel leader', 'Judicial official', 'Legislator', 'Intelligence official', 'Police official', 'Party official'; 'Official' of an international organisation), \`of\` an ISO3 code or an organisation id of organizations.json. Dates are the code's date restriction; a role without an end date is closed at ${COMPILED}, when the dictionary was compiled (later tenure unknown). ${AMBIGUOUS}`,
  {
    people: result.people,
    ambiguous: result.ambiguous.filter((a) => peopleIds.has(a.candidates[0]!)),
  },
);
write(
  'gazetteer/phoenix-organizations.json',
  `International organisations, NGOs and companies (Phoenix.International.actors.txt) and non-state armed groups (Phoenix.MilNonState.actors.txt, from the START TOPS list) that the hand-written organizations.json does not name; loaded after it. Ids start with 'phx-'. \`kind\` is intergovernmental | ngo | company | armed-group; \`country\` the ISO3 of the CAMEO code, when it names a country. ${AMBIGUOUS}`,
  {
    organizations: result.organizations,
    ambiguous: result.ambiguous.filter((a) => !peopleIds.has(a.candidates[0]!)),
  },
);
write(
  'lexicons/phoenix-agents.json',
  "Agent nouns of Phoenix.agents.txt whose CAMEO sector names a non-state collective (farmers, students, workers, journalists, clergy, activists, criminals, civilians...), one word, singular, not already used by events.json or roles.json. With a demonym, a possessive country or 'in/from X' they make a Group actor ('Iraqi students', 'activists from Fatah'), like the group heads of events.json. `sector` is the CAMEO agent code.",
  { groups: result.agents },
);
console.log(
  `phoenix: ${result.people.length} people, ${result.organizations.length} organisations, ${result.ambiguous.length} ambiguous names, ${result.agents.length} agent group heads`,
);
