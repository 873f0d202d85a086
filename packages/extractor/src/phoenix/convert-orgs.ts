import { slug } from '../util/slug';
import { codeParts } from './cameo-codes';
import type { ConvertContext } from './convert-people';
import { displayName, nameKey, phraseWords } from './display-name';
import type { TabariEntry } from './tabari';

export interface PhoenixOrganization {
  id: string;
  name: string;
  type: 'Organization' | 'Group';
  kind: string;
  aliases: string[];
  country: string | null;
  affiliatedWith: null;
  memberOf: string[];
  source: string;
}

/** Kinds by the first block of an international code (MNC, listed companies, are left out). */
const KINDS: Readonly<Record<string, string>> = {
  IGO: 'intergovernmental',
  NGO: 'ngo',
  IMG: 'armed-group',
};

/** Words of organisation names besides the lexicon's head words. */
const ORG_WORDS = new Set([
  'International', 'Watch', 'Programme', 'Program', 'Society', 'Centre', 'Center', 'Cross',
  'Crescent', 'Trust', 'Initiative', 'Mission', 'Conference', 'Community', 'Partnership',
  'Institution', 'Agency', 'Fund', 'Commission', 'Relief', 'Aid', 'Charity', 'Campaign',
]); // prettier-ignore

/** Words of armed-group names ('Revolutionary Cells', 'Lashkar-e-Taiba'). */
const ARMED_WORDS = new Set([
  'Cells', 'Cell', 'Nuclei', 'Nucleus', 'Jihad', 'Resistance', 'Liberation', 'Revolutionary',
  'Islamic', 'Struggle', 'Commando', 'Commandos', 'Fighters', 'Mujahideen', 'Mujahidin', 'Ansar',
  'Jaish', 'Lashkar', 'Hizb', 'Harakat', 'Tanzim', 'Jamaat', 'Jemaah', 'Militia', 'Squad', 'Squads',
  'Legion', 'Vanguard', 'Guerrillas', 'Rebels', 'Martyrs', 'Defenders', 'Soldiers', 'Warriors',
  'Tigers', 'Cartel', 'Faction', 'Unit', 'Units', 'Groups', 'Nations', 'Action', 'Collective',
  'Battalions', 'Troops', 'Teams', 'Patrols', 'Patrol', 'Sena', 'Uprising', 'Hawks',
]); // prettier-ignore

/** A usable organisation name: no title phrase, no place, not a description of people ('Indian UN peacekeeper'). */
export function organizationName(phrase: string, ctx: ConvertContext): string | undefined {
  const name = displayName(phrase, 'organization');
  if (!name) return undefined;
  const words = phraseWords(phrase).map((w) => w.toLowerCase());
  if (words.some((w) => ctx.titleWords.has(w))) return undefined;
  if (ctx.places.has(name.toLowerCase())) return undefined;
  // 'NGO', 'MNCS': the dictionary's own type words.
  if (/^(?:IGO|NGO|MNC|IMG)S?$/.test(name)) return undefined;
  return name;
}

/**
 * Organisations of an actor dictionary: international bodies, companies and NGOs (`armed: false`,
 * entries with an international code), or non-state armed groups (`armed: true`, every entry).
 */
export function convertOrganizations(
  entries: TabariEntry[],
  file: string,
  ctx: ConvertContext,
  armed: boolean,
): PhoenixOrganization[] {
  const out: PhoenixOrganization[] = [];
  for (const e of entries) {
    const code = e.codes[0]?.code;
    if (!code || e.codes.some((c) => c.since || c.until)) continue;
    const parts = codeParts(code, ctx.countries);
    const kind = armed ? 'armed-group' : KINDS[parts.head];
    if (!kind) continue;
    const names = [
      ...new Set(e.phrases.map((p) => organizationName(p, ctx)).filter((n): n is string => !!n)),
    ];
    if (names.length === 0 || names.some((n) => ctx.known.has(nameKey(n)))) continue;
    // International entries also list people ('GILLIAN_MELLSOP_ [IGOUNOKID]'): a longer name
    // needs an organisation word.
    // The armed-group list also names leaders ('AYMAN_AL_ZAWAHIRI [IMGMUSALQ]'): a group name of
    // several words needs a collective word or an Arabic article opening it ('al-Ittihaad ...').
    const words = names[0]!.split(/[\s-]+/);
    const collective = words.some(
      (w) => ctx.orgHeads.has(w) || ORG_WORDS.has(w) || (armed && ARMED_WORDS.has(w)),
    );
    if (words.length > 1 && !collective && !(armed && names[0]!.startsWith('al-'))) continue;
    const [name, ...aliases] = names;
    out.push({
      id: slug(name!.replace(/^the /i, '')),
      name: name!.replace(/^The /, ''),
      type: armed || kind === 'armed-group' ? 'Group' : 'Organization',
      kind,
      aliases,
      country: parts.country ?? null,
      affiliatedWith: null,
      memberOf: [],
      source: `${file}:${e.line}`,
    });
  }
  return out;
}

/**
 * IGO codes → organisation ids: the first entry of the international dictionary with exactly one
 * code, by the hand-written id when the names match (`knownIds` by lower-case name), else by slug.
 */
export function igoOrganizations(
  entries: TabariEntry[],
  knownIds: ReadonlyMap<string, string>,
  ctx: ConvertContext,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) {
    const code = e.codes[0]?.code;
    if (e.codes.length !== 1 || !code?.startsWith('IGO') || map.has(code)) continue;
    for (const p of e.phrases) {
      const name = organizationName(p, ctx)?.replace(/^the /i, '');
      const id = name ? knownIds.get(name.toLowerCase()) : undefined;
      if (id) {
        map.set(code, id);
        break;
      }
    }
  }
  return map;
}
