import { RELATION_CATALOGUE, type InteractionType } from '@kg/schema';
import type { VerbTrigger } from '../../src/data/data-schemas';
import type { CameoDictionary, CameoPattern } from './parse-cameo-verbs';

/** CAMEO code -> catalogue type: the longest catalogue code it starts with (01 has none). */
export function typeOfCode(code: string): InteractionType | undefined {
  let best: { type: InteractionType; cameo: string } | undefined;
  for (const e of RELATION_CATALOGUE) {
    if (code.startsWith(e.cameo) && (!best || e.cameo.length > best.cameo.length)) best = e;
  }
  return best?.type;
}

/**
 * Verbs too general (or rarely with an actor object: 'die', 'hope', 'prepare') to stand alone for an event ('give', 'remove', 'contain'): kept only with
 * a required following word from a pattern ('give aid').
 */
export const GENERAL_VERBS = new Set(
  `accept add allow appear arrive ask be become begin bring build call carry change charge claim
  close come consider contain cover cut deal decide deliver do draw drop end enter expect face
  fall feel find follow get give go grant hand handle have head hear hold keep lay lead leave let
  link look lose make mark meet move name need note offer open order pass pay place play point
  post present press pull push put raise reach receive remove report require rest return run say
  see seek send serve set settle show sign stand start stay stop strike support take tell touch
  turn use voice want watch win work
  aim apply assemble boost comply despair determine die dismay disturb enact engage explode
  express extract fail hope import influence intend introduce lament loot merge monitor object
  prepare regret rejoice resign revive search signal strive submit vote
  allege compensate encourage inspect`.split(/\s+/),
);
/**
 * Verbs of wanting or planning (what they name has not happened) and of saying (what they
 * report is another clause's event): no pattern of theirs is kept.
 */
export const IRREALIS_VERBS = new Set(
  'consider desire expect hope intend plan prepare want wish say tell add note state report'.split(
    ' ',
  ),
);
/** 'shot and', 'is determined': synonym lines that are not verb + particle. */
export const NOT_A_VERB = /(^is | and\b| or\b)/;

/** CAMEO patterns name the verb's own object: the word is looked for this close to the verb. */
export const REQUIRES_WITHIN = 5;
/** ... and the target this close ('imposed a curfew on X', not '... during a trip to X'). */
export const TARGET_WITHIN = 6;

/** Words a verb takes before its object: 'set up', 'rule out' (matched as phrase words). */
const PARTICLES = new Set(['out', 'down', 'up', 'off', 'away', 'back']);
/** A target after these prepositions when a pattern names the object but not the target. */
const ROOT_PREPS: Record<string, string[]> = {
  '02': ['direct', 'to'],
  '03': ['direct', 'to', 'with'],
  '04': ['direct', 'with'],
  '05': ['direct', 'with', 'to'],
  '06': ['direct', 'with', 'to'],
  '07': ['direct', 'to', 'for'],
  '08': ['direct', 'to', 'on'],
  '09': ['direct', 'into', 'against'],
  '10': ['direct', 'from'],
  '11': ['direct', 'against'],
  '12': ['direct', 'from'],
  '13': ['direct', 'against'],
  '14': ['against'],
  '15': ['against', 'near', 'on', 'along'],
  '16': ['direct', 'with', 'on', 'against', 'from'],
  '163': ['direct', 'on', 'against'],
  '17': ['direct', 'on', 'against', 'in'],
  '18': ['direct', 'on', 'against'],
  '19': ['direct', 'on', 'against', 'into', 'at'],
  '20': ['direct', 'against', 'on'],
};

const UNCOUNTED = new Set(['news', 'series', 'means', 'species', 'politics', 'whereabouts']);

/** The target of a verb alone, by root, where it often follows a preposition ('apologised to X'). */
export const ALONE_PREPS: Record<string, string[]> = {
  '02': ['direct', 'to'],
  '04': ['direct', 'with'],
  '05': ['direct', 'to', 'with'],
  '11': ['direct', 'against'],
  '13': ['direct', 'against'],
  '14': ['against'],
  '15': ['against'],
  '16': ['direct', 'with', 'from'],
  '19': ['direct', 'against', 'on'],
  '20': ['direct', 'against'],
};

/** 'RALLIES' -> 'rally', 'TALKS' -> 'talk': the lemma wink gives a plural noun. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (UNCOUNTED.has(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(sses|shes|ches|xes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/(is|ss|us)$/.test(w)) return w.slice(0, -1);
  return w;
}

const WORD = /^[a-z][a-z-]{2,}$/;
const ADVERB = /^[a-z]{4,}(ic|ive|ous|ent|ant|ful|al|ate|ble)ly$/;
const PREPOSITIONS = new Set(
  'about against along alongside at between for from in into of on over to toward towards with'.split(
    ' ',
  ),
);

/** The head lemmas of a noun element: 'WORD', '{MULTI WORD}' (its last word), '&SET' (members). */
function heads(el: string, sets: CameoDictionary['sets']): string[] | undefined {
  if (el.startsWith('&')) {
    const members = sets.get(el.slice(1));
    if (!members) return undefined;
    return members.map((m) => singular(m.replace(/_+$/, '').split('_').pop()!));
  }
  const words = el.replace(/[{}]/g, '').trim().split(/\s+/);
  if (words.some((w) => !/^[A-Z-]+$/.test(w))) return undefined;
  return [singular(words[words.length - 1]!)];
}

/** A pattern as trigger entries, or undefined when it needs more than the relate stage reads. */
export function patternTrigger(
  p: CameoPattern,
  sets: CameoDictionary['sets'],
): VerbTrigger[] | undefined {
  const type = typeOfCode(p.code);
  if (IRREALIS_VERBS.has(p.verb.split(' ')[0]!)) return undefined;
  if (!type || !/^\d+$/.test(p.code)) return undefined;
  if (p.before.length > 1 || (p.before.length === 1 && p.before[0] !== '$')) return undefined;
  let phrase = p.verb;
  let requires: string[] | undefined;
  let preps: string[] | undefined;
  let owner: string[] = [];
  let rest = p.after;
  if (rest[0] && PARTICLES.has(rest[0].toLowerCase()) && !p.verb.includes(' ')) {
    phrase = `${p.verb} ${rest[0].toLowerCase()}`;
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const el = rest[i]!;
    if (el === '+' && !preps) preps = ['direct'];
    else if (el.startsWith('(')) {
      const inner = el.slice(1, -1).trim().split(/\s+/);
      const prep = inner[0]!.toLowerCase();
      if (!PREPOSITIONS.has(prep)) return undefined;
      const np = inner.slice(1).join(' ');
      if (!np || np === '+') preps = [...(preps ?? []), prep];
      else if (!requires) {
        requires = heads(np.startsWith('&') ? np : `{${np}}`, sets);
        // '* (FOR RESIGNATION)': the preposition right after the verb ('called for'), and the
        // noun's owner the target ('called for X's resignation', 'for the resignation of X').
        if (i === 0 && phrase === p.verb && !p.verb.includes(' ')) {
          phrase = `${p.verb} ${prep}`;
          owner = ['of'];
        }
      } else return undefined;
      if (np && np !== '+' && !requires) return undefined;
    } else if (!requires && el !== '$' && el !== '^' && !(el === '+')) {
      requires = heads(el, sets);
      if (!requires) return undefined;
    } else return undefined;
  }
  // The object noun: a word, not a preposition or an adverb ('(AGAINST STRIKE)', 'PUBLICLY').
  if (requires?.some((r) => !WORD.test(r) || PREPOSITIONS.has(r) || ADVERB.test(r)))
    return undefined;
  if (!requires && phrase === p.verb) return undefined;
  if (!preps && requires)
    preps = [...(ROOT_PREPS[p.code.slice(0, 3)] ?? ROOT_PREPS[p.code.slice(0, 2)] ?? []), ...owner];
  const entry = (verb: string, targetPreps = preps): VerbTrigger => ({
    ...(verb.includes(' ') ? { phrase: verb } : { lemma: verb }),
    type,
    ...(targetPreps ? { targetPreps: [...new Set(targetPreps)].sort() } : {}),
    ...(requires
      ? {
          requires: [...new Set(requires)].sort(),
          requiresWithin: REQUIRES_WITHIN,
          targetWithin: TARGET_WITHIN,
        }
      : {}),
  });
  // 'punished X with sanctions': the verb alone too, its object before the phrase.
  if (owner.length)
    return [
      entry(phrase),
      entry(
        p.verb,
        preps?.filter((x) => x !== 'of'),
      ),
    ];
  return [entry(phrase)];
}
