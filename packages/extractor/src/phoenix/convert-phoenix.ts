import { type AgentGroupHead, convertAgents } from './convert-agents';
import { type PhoenixOrganization, convertOrganizations, igoOrganizations } from './convert-orgs';
import { type ConvertContext, type PhoenixPerson, convertPeople } from './convert-people';
import { parseTabari } from './tabari';

export interface PhoenixTexts {
  countries: string;
  international: string;
  milNonState: string;
  agents: string;
}

export interface AmbiguousName {
  text: string;
  candidates: string[];
  reason: string;
}

export interface PhoenixResult {
  people: PhoenixPerson[];
  organizations: PhoenixOrganization[];
  ambiguous: AmbiguousName[];
  agents: AgentGroupHead[];
}

export interface PhoenixContext extends Omit<ConvertContext, 'igoOrgs'> {
  /** Hand-written organisation ids by lower-case name and alias. */
  knownOrgIds: ReadonlyMap<string, string>;
  /** Lower-case nouns the lexicons already use (group heads, actor nouns, event heads, titles). */
  takenHeads: ReadonlySet<string>;
}

type Entry = PhoenixPerson | PhoenixOrganization;

/** Converts the four Phoenix dictionaries; deterministic (sorted by id, text, head). */
export function convertPhoenix(texts: PhoenixTexts, context: PhoenixContext): PhoenixResult {
  const countries = parseTabari(texts.countries);
  const international = parseTabari(texts.international);
  const ctx: ConvertContext = {
    ...context,
    igoOrgs: igoOrganizations(international, context.knownOrgIds, {
      ...context,
      igoOrgs: new Map(),
    }),
  };
  const people = mergePeople([
    ...convertPeople(countries, 'Phoenix.Countries.actors.txt', ctx),
    ...convertPeople(international, 'Phoenix.International.actors.txt', ctx),
  ]);
  const organizations = [
    ...convertOrganizations(international, 'Phoenix.International.actors.txt', ctx, false),
    ...convertOrganizations(
      parseTabari(texts.milNonState),
      'Phoenix.MilNonState.actors.txt',
      ctx,
      true,
    ),
  ];
  const entries: Entry[] = [...people, ...organizations];
  for (const e of entries) e.id = `phx-${e.id}`;
  const kept = uniqueIds(dropSharedNames(entries));
  const ambiguous = markAmbiguous(kept, ctx);
  const byId = (a: Entry, b: Entry) => a.id.localeCompare(b.id);
  return {
    people: kept.filter((e): e is PhoenixPerson => 'roles' in e).sort(byId),
    organizations: kept.filter((e): e is PhoenixOrganization => !('roles' in e)).sort(byId),
    ambiguous: ambiguous.sort((a, b) => a.text.localeCompare(b.text)),
    agents: convertAgents(parseTabari(texts.agents), context.takenHeads),
  };
}

/** The same name listed twice: one person when the roles share a country (or one has none), else dropped. */
function mergePeople(list: PhoenixPerson[]): PhoenixPerson[] {
  const byName = new Map<string, PhoenixPerson | null>();
  for (const p of list) {
    const key = p.name.toLowerCase();
    const seen = byName.get(key);
    if (seen === null) continue;
    if (!seen) {
      byName.set(key, { ...p, aliases: [...p.aliases], roles: [...p.roles] });
      continue;
    }
    const a = new Set(seen.roles.map((r) => r.of));
    const shared = a.size === 0 || p.roles.length === 0 || p.roles.some((r) => a.has(r.of));
    if (!shared) {
      byName.set(key, null);
      continue;
    }
    for (const al of p.aliases) if (!seen.aliases.includes(al)) seen.aliases.push(al);
    for (const r of p.roles)
      if (!seen.roles.some((x) => JSON.stringify(x) === JSON.stringify(r))) seen.roles.push(r);
    seen.roles.sort((x, y) => (x.since ?? '').localeCompare(y.since ?? ''));
  }
  return [...byName.values()].filter((p): p is PhoenixPerson => !!p);
}

/** A surface two entries share names neither: dropped from both (an entry whose name goes is dropped). */
function dropSharedNames(entries: Entry[]): Entry[] {
  const owners = new Map<string, Set<Entry>>();
  for (const e of entries)
    for (const s of [e.name, ...e.aliases]) {
      const key = s.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(e));
    }
  const shared = (s: string) => (owners.get(s.toLowerCase())?.size ?? 0) > 1;
  return entries
    .filter((e) => !shared(e.name))
    .map((e) => ({ ...e, aliases: e.aliases.filter((a) => !shared(a) && a !== e.name) }));
}

function uniqueIds(entries: Entry[]): Entry[] {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.id, (count.get(e.id) ?? 0) + 1);
  return entries.filter((e) => count.get(e.id) === 1);
}

/**
 * One-word organisation names: dropped when a common English word, else ambiguous (they need
 * context), as are acronyms of up to three letters and person names made of common words only.
 */
function markAmbiguous(entries: Entry[], ctx: ConvertContext): AmbiguousName[] {
  const out: AmbiguousName[] = [];
  for (const e of entries) {
    const keep: string[] = [];
    for (const s of [e.name, ...e.aliases]) {
      const oneWord = !/\s/.test(s);
      const person = 'roles' in e;
      const common =
        (person || oneWord) && s.split(/[\s-]+/).every((w) => ctx.isCommonWord(w.toLowerCase()));
      if (oneWord && common && s !== s.toUpperCase()) continue;
      keep.push(s);
      const short = /^[A-Z.]+$/.test(s) && s.replace(/\./g, '').length <= 3;
      if (oneWord || short || common) {
        const reason = short
          ? 'short acronym'
          : common
            ? 'made of common English words'
            : 'one-word name';
        out.push({ text: s, candidates: [e.id], reason });
      }
    }
    e.name = keep[0] ?? '';
    e.aliases = keep.slice(1);
  }
  const dropped = new Set(entries.filter((e) => !e.name).map((e) => e.id));
  entries.splice(0, entries.length, ...entries.filter((e) => e.name));
  return out.filter((a) => !dropped.has(a.candidates[0]!));
}
