import { slug } from '../util/slug';
import { SECTOR_ROLES, codeParts } from './cameo-codes';
import { displayName, nameKey, phraseWords } from './display-name';
import type { TabariEntry } from './tabari';

/** What the converter needs to know about the hand-written data and the language. */
export interface ConvertContext {
  /** ISO3 codes of countries.json. */
  countries: ReadonlySet<string>;
  /** `nameKey`s of the names and aliases of every hand-written entry (they win: the entry is skipped). */
  known: ReadonlySet<string>;
  /** Lower-case country names, aliases, capitals, demonyms and territories (a name equal to one is dropped). */
  places: ReadonlySet<string>;
  /** Lower-case words of titles ('president', 'minister'): a phrase holding one is a description, not a name. */
  titleWords: ReadonlySet<string>;
  /** Given names (capitalised, from given-names.json). */
  givenNames: ReadonlySet<string>;
  /** Organisation head words (capitalised, from org-heads.json). */
  orgHeads: ReadonlySet<string>;
  /** A lower-case word common in English text. */
  isCommonWord: (word: string) => boolean;
  /** Roles without an end date are closed at this ISO date (when the dictionary was compiled). */
  compiled: string;
  /** IGO codes → organisation ids (roles in international organisations). */
  igoOrgs: ReadonlyMap<string, string>;
}

export interface PhoenixRole {
  role: string;
  of: string;
  since?: string;
  until: string;
}

export interface PhoenixPerson {
  id: string;
  name: string;
  aliases: string[];
  roles: PhoenixRole[];
  source: string;
}

/** Honorifics before a name ('Sir Howard Cooke' is written 'Howard Cooke' as often). */
const HONORIFIC =
  /^(?:(?:Sir|Lord|Lady|Dame|Dr\.?|Baron|Baroness|Sheikh|Shaikh|Bishop|Archbishop|Cardinal|Rev\.?|Mr\.?|Mrs\.?|Ms\.?) )+/;

const STATE_WORDS =
  /^(?:Republic|Republica|Republika|Kingdom|State|Province|Region|Emirate|Colony)$/;

/** A usable person name: two words or more, not a title phrase, a place, or given names only. */
export function personName(phrase: string, ctx: ConvertContext): string | undefined {
  const name = displayName(phrase, 'person')?.replace(HONORIFIC, '');
  if (!name) return undefined;
  const words = name.split(' ').map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 5) return undefined;
  if (words.some((w) => ctx.titleWords.has(w) || w.length === 1)) return undefined;
  if (ctx.places.has(name.toLowerCase())) return undefined;
  const parts = name.split(/[\s-]+/);
  if (parts.every((p) => ctx.givenNames.has(p) || p.length <= 2)) return undefined;
  if (parts.some((p) => ctx.orgHeads.has(p) || STATE_WORDS.test(p))) return undefined;
  return name;
}

/** Roles from a person's codes: a country and a sector with a label, or an IGO the gazetteer knows. */
export function personRoles(entry: TabariEntry, ctx: ConvertContext): PhoenixRole[] {
  const roles: PhoenixRole[] = [];
  for (const c of entry.codes) {
    const parts = codeParts(c.code, ctx.countries);
    let role: string | undefined;
    let of: string | undefined;
    if (parts.country && parts.sector && SECTOR_ROLES[parts.sector]) {
      role = SECTOR_ROLES[parts.sector];
      of = parts.country;
    } else if (parts.head === 'IGO') {
      of = igoOf(c.code, ctx.igoOrgs);
      role = 'Official';
    }
    if (!role || !of) continue;
    const until = c.until ?? ctx.compiled;
    if (c.since && c.since > until) continue;
    const r: PhoenixRole = { role, of, ...(c.since ? { since: c.since } : {}), until };
    if (!roles.some((x) => JSON.stringify(x) === JSON.stringify(r))) roles.push(r);
  }
  return roles.sort(
    (a, b) => (a.since ?? '').localeCompare(b.since ?? '') || a.of.localeCompare(b.of),
  );
}

/** The longest IGO code prefix the map knows ('IGOUNOKID' → UNICEF if known, else the UN). */
function igoOf(code: string, igoOrgs: ReadonlyMap<string, string>): string | undefined {
  for (let n = code.length; n >= 6; n -= 3) {
    const id = igoOrgs.get(code.slice(0, n));
    if (id) return id;
  }
  return undefined;
}

/** Whether an entry describes a person: a dated code, or a role sector and a usable person name. */
export function looksLikePerson(entry: TabariEntry, ctx: ConvertContext): boolean {
  // A code of three letters is a state ('[USRTJK <911231]': the Tajik SSR), not a person.
  const codes = entry.codes.filter((c) => c.code.length >= 6);
  if (codes.length === 0) return false;
  const dated = codes.some((c) => c.since || c.until);
  const sectors = codes.map((c) => codeParts(c.code, ctx.countries).sector);
  if (!dated && !sectors.some((s) => s === 'ELI' || (s && SECTOR_ROLES[s]))) return false;
  const first = phraseWords(entry.phrases[0]!)[0] ?? '';
  const given = ctx.givenNames.has(first.charAt(0) + first.slice(1).toLowerCase());
  return dated || given;
}

/** People of an actor dictionary (entries that look like people, with a usable name). */
export function convertPeople(
  entries: TabariEntry[],
  file: string,
  ctx: ConvertContext,
): PhoenixPerson[] {
  const out: PhoenixPerson[] = [];
  for (const e of entries) {
    if (!looksLikePerson(e, ctx)) continue;
    const names = [
      ...new Set(e.phrases.map((p) => personName(p, ctx)).filter((n): n is string => !!n)),
    ];
    if (names.length === 0 || names.some((n) => ctx.known.has(nameKey(n)))) continue;
    // A state's entry ('KYRGYZSTAN_ +KIRGHIZ_REPUBLIC_ [KGZUNR 910831-911221]'): one phrase is a place.
    const places = e.phrases.map((p) => displayName(p, 'organization')?.toLowerCase() ?? '');
    if (places.some((p) => ctx.places.has(p))) continue;
    const roles = personRoles(e, ctx);
    const forms = names.flatMap((n) => eastAsianForms(n, roles));
    if (forms.some((n) => ctx.known.has(nameKey(n)))) continue;
    const [name, ...aliases] = names;
    out.push({
      id: slug(name!),
      name: name!,
      aliases: [...new Set([...aliases, ...forms])],
      roles,
      source: `${file}:${e.line}`,
    });
  }
  return out;
}

/** Countries whose three-syllable names TABARI splits ('KIM_JIN_PYO') and news joins. */
const HYPHENATED = new Set(['KOR', 'PRK', 'TWN']);
const JOINED = new Set(['CHN']);

/** 'Kim Jin Pyo' → 'Kim Jin-pyo' (Korea, Taiwan); 'Wen Jia Bao' → 'Wen Jiabao' (China). */
export function eastAsianForms(name: string, roles: PhoenixRole[]): string[] {
  const words = name.split(' ');
  if (words.length !== 3 || words.some((w) => !/^[A-Z][a-z]+$/.test(w) || w.length > 6)) return [];
  const [family, a, b] = words as [string, string, string];
  const out: string[] = [];
  if (roles.some((r) => HYPHENATED.has(r.of))) out.push(`${family} ${a}-${b.toLowerCase()}`);
  if (roles.some((r) => JOINED.has(r.of))) out.push(`${family} ${a}${b.toLowerCase()}`);
  return out;
}
