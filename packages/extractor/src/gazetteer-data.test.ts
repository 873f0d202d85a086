import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** KG_GAZETTEER_DIR lets the same checks run on a candidate copy of the data. */
const GAZETTEER_DIR =
  process.env.KG_GAZETTEER_DIR ??
  fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO3 = /^[A-Z]{3}$/;
const ISO2 = /^[A-Z]{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Ambiguous {
  text: string;
  candidates: string[];
  reason: string;
}
interface Country {
  iso3: string;
  iso2: string;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  demonymPlurals: string[];
  capital: string;
  capitalAliases?: string[];
  otherCapitals?: string[];
}
interface Organization {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  country: string | null;
  affiliatedWith: string | null;
  memberOf: string[];
  partOf?: string;
}
interface Metonym {
  text: string;
  refersTo: string;
}
interface Territory {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  demonyms?: string[];
  country: string | null;
  controlledBy?: string;
}
interface Group {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  members?: string[];
}
interface Role {
  role: string;
  of?: string;
  since?: string;
  until?: string;
}
interface Person {
  id: string;
  name: string;
  aliases: string[];
  roles: Role[];
}
type GazetteerFile<K extends string, T> = {
  about: string;
  sources: string;
  ambiguous?: Ambiguous[];
  notes?: Ambiguous[];
} & Record<K, T[]>;

function load<K extends string, T>(file: string, key: K): GazetteerFile<K, T> {
  const data = JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8')) as GazetteerFile<K, T>;
  if (!Array.isArray(data[key]))
    throw new Error(`@kg/extractor/gazetteer-data: ${file} has no "${key}" array`);
  return data;
}

/** Lower-case, straight quotes, collapsed spaces: the key under which two forms collide. */
function normaliseForm(form: string): string {
  return form.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Forms used by more than one entry, that no `ambiguous` item covers with every owner. */
function uncoveredCollisions(
  owners: Array<{ id: string; forms: string[] }>,
  ambiguous: Ambiguous[],
): string[] {
  const byForm = new Map<string, Set<string>>();
  for (const { id, forms } of owners) {
    for (const form of forms) {
      const key = normaliseForm(form);
      byForm.set(key, (byForm.get(key) ?? new Set()).add(id));
    }
  }
  const flagged = new Map(ambiguous.map((a) => [normaliseForm(a.text), new Set(a.candidates)]));
  const problems: string[] = [];
  for (const [form, ids] of byForm) {
    if (ids.size < 2) continue;
    const allowed = flagged.get(form);
    if (!allowed || [...ids].some((id) => !allowed.has(id)))
      problems.push(`${form}: ${[...ids].join(', ')}`);
  }
  return problems;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

function badDates(roles: Role[]): string[] {
  const bad: string[] = [];
  for (const r of roles) {
    for (const d of [r.since, r.until]) {
      if (d !== undefined && (!ISO_DATE.test(d) || Number.isNaN(Date.parse(d)))) bad.push(d);
    }
    if (r.since && r.until && r.since > r.until) bad.push(`${r.since}>${r.until}`);
  }
  return bad;
}

const countriesFile = load<'countries', Country>('countries.json', 'countries');
const orgsFile = load<'organizations', Organization>('organizations.json', 'organizations');
const metonymsFile = load<'metonyms', Metonym>('metonyms.json', 'metonyms');
const groupsFile = load<'groups', Group>('groups.json', 'groups');
const peopleFile = load<'people', Person>('people.json', 'people');
const countries = countriesFile.countries;
const orgs = orgsFile.organizations;
const groups = groupsFile.groups;
const territoriesFile = load<'territories', Territory>('territories.json', 'territories');
const territories = territoriesFile.territories;
const territoryForms = (t: Territory): string[] => [t.name, ...t.aliases, ...(t.demonyms ?? [])];
const people = peopleFile.people;
const countryIds = new Set(countries.map((c) => c.iso3));
const orgIds = new Set(orgs.map((o) => o.id));
const actorIds = new Set([...countryIds, ...orgIds, ...groups.map((g) => g.id)]);

const countryForms = (c: Country): string[] => [
  c.name,
  c.official,
  ...c.aliases,
  ...c.demonyms,
  ...c.demonymPlurals,
];
const capitalForms = (c: Country): string[] => [
  c.capital,
  ...(c.capitalAliases ?? []),
  ...(c.otherCapitals ?? []),
];
const FILES = [
  ['countries.json', countriesFile, 'countries'],
  ['organizations.json', orgsFile, 'organizations'],
  ['metonyms.json', metonymsFile, 'metonyms'],
  ['groups.json', groupsFile, 'groups'],
  ['territories.json', territoriesFile, 'territories'],
  ['people.json', peopleFile, 'people'],
] as const;

describe('gazetteer data', () => {
  describe('#uncoveredCollisions', () => {
    it('should report a form shared by two entries unless flagged with both', () => {
      const owners = [
        { id: 'A', forms: ['Congo', 'X'] },
        { id: 'B', forms: ['congo'] },
      ];
      expect(uncoveredCollisions(owners, [])).toEqual(['congo: A, B']);
      expect(
        uncoveredCollisions(owners, [{ text: 'Congo', candidates: ['A'], reason: '' }]),
      ).toHaveLength(1);
      expect(
        uncoveredCollisions(owners, [{ text: 'Congo', candidates: ['A', 'B'], reason: '' }]),
      ).toEqual([]);
    });
  });

  const FORMS_BY_FILE: Record<string, string[]> = {
    'countries.json': countries.flatMap((c) => [...countryForms(c), ...capitalForms(c)]),
    'organizations.json': orgs.flatMap((o) => [o.name, ...o.aliases]),
    'metonyms.json': metonymsFile.metonyms.map((m) => m.text),
    'groups.json': groups.flatMap((g) => [g.name, ...g.aliases]),
    'territories.json': territories.flatMap(territoryForms),
    'people.json': people.flatMap((p) => [p.name, ...p.aliases]),
  };

  describe.each(FILES)('%s', (name, file, key) => {
    it('should have about, sources and a non-empty list', () => {
      expect(typeof file.about).toBe('string');
      expect(file.sources.length).toBeGreaterThan(20);
      expect((file as unknown as Record<string, unknown[]>)[key].length).toBeGreaterThan(0);
    });
    it('should have ambiguous items and notes whose candidates resolve', () => {
      const known = new Set([
        ...actorIds,
        ...people.map((p) => p.id),
        ...territories.map((t) => t.id),
      ]);
      for (const a of [...(file.ambiguous ?? []), ...(file.notes ?? [])]) {
        expect(a.text.length, JSON.stringify(a)).toBeGreaterThan(0);
        expect(
          a.candidates.filter((c) => !known.has(c)),
          a.text,
        ).toEqual([]);
      }
    });
    it('should only flag forms that the file uses', () => {
      const used = new Set((FORMS_BY_FILE[name] ?? []).map(normaliseForm));
      expect(
        [...(file.ambiguous ?? []), ...(file.notes ?? [])]
          .map((a) => a.text)
          .filter((t) => !used.has(normaliseForm(t))),
      ).toEqual([]);
    });
  });

  describe('countries.json', () => {
    it('should list the UN members, observers, Taiwan and Kosovo', () => {
      expect(countries.length).toBeGreaterThanOrEqual(197);
      for (const id of ['USA', 'GBR', 'RUS', 'BLR', 'UKR', 'CHN', 'VAT', 'PSE', 'TWN', 'XKX'])
        expect(countryIds).toContain(id);
    });
    it('should have unique well-formed ISO codes', () => {
      expect(
        countries.filter((c) => !ISO3.test(c.iso3) || !ISO2.test(c.iso2)).map((c) => c.iso3),
      ).toEqual([]);
      expect(duplicates(countries.map((c) => c.iso3))).toEqual([]);
      expect(duplicates(countries.map((c) => c.iso2))).toEqual([]);
    });
    it('should give every country a name, official name, capital and demonym', () => {
      const missing = countries.filter(
        (c) =>
          !c.name ||
          !c.official ||
          !c.capital ||
          c.demonyms.length === 0 ||
          !Array.isArray(c.aliases) ||
          !Array.isArray(c.demonymPlurals),
      );
      expect(missing.map((c) => c.iso3)).toEqual([]);
    });
    it('should share no name, alias or demonym between countries unless flagged', () => {
      const owners = countries.map((c) => ({ id: c.iso3, forms: countryForms(c) }));
      expect(uncoveredCollisions(owners, countriesFile.ambiguous ?? [])).toEqual([]);
    });
    it.each([
      'US',
      'U.S.',
      'American',
      'British',
      'Russian',
      'Saudi',
      'Indian',
      'Irish',
      'Vatican',
    ])('should not require context for the everyday form %s', (form) => {
      // Extractors skip an ambiguous form followed by a proper noun ("US President Joe Biden").
      const flagged = (countriesFile.ambiguous ?? []).map((a) => normaliseForm(a.text));
      expect(flagged).not.toContain(normaliseForm(form));
    });
    it('should share no capital between countries', () => {
      const owners = countries.map((c) => ({ id: c.iso3, forms: capitalForms(c) }));
      expect(uncoveredCollisions(owners, countriesFile.ambiguous ?? [])).toEqual([]);
    });
  });

  describe('organizations.json', () => {
    it('should have at least 120 organisations with unique slug ids', () => {
      expect(orgs.length).toBeGreaterThanOrEqual(120);
      expect(orgs.filter((o) => !SLUG.test(o.id)).map((o) => o.id)).toEqual([]);
      expect(duplicates(orgs.map((o) => o.id))).toEqual([]);
    });
    it('should type each entry and resolve every reference', () => {
      const bad = orgs.filter(
        (o) =>
          !['Organization', 'Group'].includes(o.type) ||
          !o.name ||
          !Array.isArray(o.aliases) ||
          (o.country !== null && !countryIds.has(o.country)) ||
          (o.affiliatedWith !== null && !actorIds.has(o.affiliatedWith)) ||
          o.memberOf.some((m) => !orgIds.has(m)) ||
          (o.partOf !== undefined && !orgIds.has(o.partOf)),
      );
      expect(bad.map((o) => o.id)).toEqual([]);
    });
    it('should share no name or alias between organisations unless flagged', () => {
      const owners = orgs.map((o) => ({ id: o.id, forms: [o.name, ...o.aliases] }));
      expect(uncoveredCollisions(owners, orgsFile.ambiguous ?? [])).toEqual([]);
    });
  });

  describe('metonyms.json', () => {
    it('should resolve every metonym to a country or an organisation', () => {
      const list = metonymsFile.metonyms;
      expect(
        list
          .filter((m) => !m.text || !(countryIds.has(m.refersTo) || orgIds.has(m.refersTo)))
          .map((m) => m.text),
      ).toEqual([]);
      expect(duplicates(list.map((m) => normaliseForm(m.text)))).toEqual([]);
    });
  });

  describe('groups.json', () => {
    it('should have unique slug ids, type Group and resolvable members', () => {
      expect(groups.filter((g) => !SLUG.test(g.id) || g.type !== 'Group').map((g) => g.id)).toEqual(
        [],
      );
      expect(duplicates(groups.map((g) => g.id))).toEqual([]);
      expect(
        groups.filter((g) => (g.members ?? []).some((m) => !actorIds.has(m))).map((g) => g.id),
      ).toEqual([]);
    });
    it('should share no name or alias between groups unless flagged', () => {
      const owners = groups.map((g) => ({ id: g.id, forms: [g.name, ...g.aliases] }));
      expect(uncoveredCollisions(owners, groupsFile.ambiguous ?? [])).toEqual([]);
    });
  });

  describe('territories.json', () => {
    it('should have unique slug ids, type Location and resolvable states', () => {
      const bad = territories.filter(
        (t) =>
          !SLUG.test(t.id) ||
          t.type !== 'Location' ||
          (t.country !== null && !countryIds.has(t.country)) ||
          (t.controlledBy !== undefined && !countryIds.has(t.controlledBy)),
      );
      expect(bad.map((t) => t.id)).toEqual([]);
      expect(duplicates(territories.map((t) => t.id))).toEqual([]);
    });
    it('should share no name or alias between territories unless flagged', () => {
      const owners = territories.map((t) => ({ id: t.id, forms: territoryForms(t) }));
      expect(uncoveredCollisions(owners, territoriesFile.ambiguous ?? [])).toEqual([]);
    });
  });

  describe('people.json', () => {
    it('should have at least 150 people with unique slug ids and roles', () => {
      expect(people.length).toBeGreaterThanOrEqual(150);
      expect(
        people.filter((p) => !SLUG.test(p.id) || !p.name || p.roles.length === 0).map((p) => p.id),
      ).toEqual([]);
      expect(duplicates(people.map((p) => p.id))).toEqual([]);
    });
    it('should resolve every role and use valid ISO dates', () => {
      const bad = people.filter(
        (p) =>
          p.roles.some((r) => !r.role || (r.of !== undefined && !actorIds.has(r.of))) ||
          badDates(p.roles).length > 0,
      );
      expect(bad.map((p) => p.id)).toEqual([]);
    });
    it('should share no name or alias between people unless flagged', () => {
      const owners = people.map((p) => ({ id: p.id, forms: [p.name, ...p.aliases] }));
      expect(uncoveredCollisions(owners, peopleFile.ambiguous ?? [])).toEqual([]);
    });
  });

  describe('across files', () => {
    it('should use each slug id in one file only', () => {
      expect(
        duplicates([
          ...orgIds,
          ...groups.map((g) => g.id),
          ...people.map((p) => p.id),
          ...territories.map((t) => t.id),
        ]),
      ).toEqual([]);
    });
    it('should share no surface form between files unless one of them flags it', () => {
      const owners = [
        ...countries.map((c) => ({ id: c.iso3, forms: countryForms(c) })),
        ...orgs.map((o) => ({ id: o.id, forms: [o.name, ...o.aliases] })),
        ...groups.map((g) => ({ id: g.id, forms: [g.name, ...g.aliases] })),
        ...territories.map((t) => ({ id: t.id, forms: territoryForms(t) })),
        ...people.map((p) => ({ id: p.id, forms: [p.name, ...p.aliases] })),
        ...metonymsFile.metonyms.map((m) => ({ id: m.refersTo, forms: [m.text] })),
      ];
      const flagged = FILES.flatMap(([, f]) => f.ambiguous ?? []);
      const merged = new Map<string, Ambiguous>();
      for (const a of flagged) {
        const k = normaliseForm(a.text);
        const prev = merged.get(k);
        merged.set(k, { ...a, candidates: [...(prev?.candidates ?? []), ...a.candidates] });
      }
      expect(uncoveredCollisions(owners, [...merged.values()])).toEqual([]);
    });
    it('should not repeat a name or an alias within one entry', () => {
      const entries = [...countries, ...orgs, ...groups, ...people, ...territories];
      const bad = entries.filter(
        (e) => e.aliases.includes(e.name) || duplicates(e.aliases).length > 0,
      );
      expect(bad.map((e) => e.name)).toEqual([]);
    });
    it('should keep every form trimmed and non-empty', () => {
      const forms = [
        ...countries.flatMap((c) => [...countryForms(c), ...capitalForms(c)]),
        ...orgs.flatMap((o) => o.aliases),
        ...people.flatMap((p) => p.aliases),
        ...groups.flatMap((g) => g.aliases),
      ];
      expect(
        forms.filter((f) => typeof f !== 'string' || f.length === 0 || f !== f.trim()),
      ).toEqual([]);
    });
  });
});
