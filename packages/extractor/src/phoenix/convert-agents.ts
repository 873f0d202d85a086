import type { TabariEntry } from './tabari';

/**
 * CAMEO agent sectors whose nouns name non-state collectives ('farmers', 'students', 'clerics'):
 * with a country or organisation ('Iraqi students', 'students in Indonesia', 'activists from
 * Fatah') they make a Group actor. State agents (GOV, MIL, COP, JUD, LEG, SPY) are left out: the
 * extractor reads 'Iraqi troops' or 'Iraqi police' as the state itself.
 */
export const GROUP_SECTORS = new Set([
  'AGR', 'EDU', 'LAB', 'MED', 'OPP', 'REB', 'REF', 'REL', 'CHR', 'MUS', 'JEW', 'HIN', 'BUD',
  'ENV', 'CRM', 'UAF', 'HRI', 'CVL',
]); // prettier-ignore

/** Person and collective nouns: a sector also holds institutions and things ('school', 'newspaper'). */
const PERSON_NOUN = /(?:er|or|ist|ian|ant|ent|ee|man|men|ic|ar|ary|ite|ier|ive|ia|gy)$/;
const NOT_PEOPLE = new Set([
  'newspaper', 'airliner', 'jetliner', 'website', 'gangland', 'neighbor', 'neighbour', 'hunter',
  'mother', 'tenant', 'native', 'magazine', 'diocese', 'archdiocese', 'monastery', 'academic',
  'telecom', 'publication', 'media', 'dean', 'elector', 'lecturer', 'engineer', 'customer',
  'islamic', 'settlement', 'tanker', 'supertanker', 'freighter', 'oiler', 'woman', 'infant',
  'granger', 'cantor', 'waiter', 'cabinetmaker', 'monger', 'cropper', 'fisher', 'christian',
]); // prettier-ignore

export interface AgentGroupHead {
  /** Lower-case singular noun, as wink lemmatises it ('student'). */
  head: string;
  /** Group name part ('students'). */
  name: string;
  /** CAMEO sector (AGR, EDU...). */
  sector: string;
}

/** Single-word agent nouns of the group sectors, minus words the lexicons already use (`taken`). */
export function convertAgents(
  entries: TabariEntry[],
  taken: ReadonlySet<string>,
): AgentGroupHead[] {
  const out = new Map<string, AgentGroupHead>();
  for (const e of entries) {
    const phrase = e.phrases[0]!.replace(/_+$/, '');
    if (!/^[A-Z]+$/.test(phrase)) continue;
    const sector = e.codes[0]?.code.replace(/^~/, '').slice(0, 3);
    if (!sector || !GROUP_SECTORS.has(sector)) continue;
    const head = phrase.toLowerCase();
    if (head.endsWith('s') || head.endsWith('men') || head === 'children') continue; // plurals
    if (!PERSON_NOUN.test(head) || NOT_PEOPLE.has(head) || taken.has(head)) continue;
    if (!out.has(head)) out.set(head, { head, name: plural(head), sector });
  }
  return [...out.values()].sort((a, b) => a.head.localeCompare(b.head));
}

export function plural(noun: string): string {
  if (noun === 'clergy') return noun;
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
