import type { VerbTrigger } from '../../src/data/data-schemas';
import {
  ALONE_PREPS,
  GENERAL_VERBS,
  NOT_A_VERB,
  patternTrigger,
  typeOfCode,
} from './derive-triggers';
import type { CameoDictionary } from './parse-cameo-verbs';

export type CameoTrigger = VerbTrigger & { cameo: string[] };
type Candidate = CameoTrigger & { size: number };

/** 'apologize' -> also 'apologise' (wink keeps the spelling in the lemma). */
const spellings = (verb: string) =>
  /ize\b/.test(verb) ? [verb, verb.replace(/ize\b/, 'ise')] : [verb];
const keyed = (verb: string) => (verb.includes(' ') ? { phrase: verb } : { lemma: verb });

/** The derived trigger entries, sorted: verbs alone, then one entry per verb, type and prepositions. */
export function buildCameoTriggers(dict: CameoDictionary): CameoTrigger[] {
  const candidates: Candidate[] = [];
  const verbsAlone = new Map<string, Set<string>>();
  for (const block of dict.blocks) {
    const names = new Set(block.verbs.map((v) => v.verb));
    for (const v of block.verbs) {
      if (!v.explicit || !/^\d+$/.test(v.code) || !typeOfCode(v.code)) continue;
      if (GENERAL_VERBS.has(v.verb.split(' ')[0]!) || NOT_A_VERB.test(v.verb)) continue;
      verbsAlone.set(v.verb, new Set([...(verbsAlone.get(v.verb) ?? []), v.code]));
    }
    for (const p of block.patterns) {
      if (!names.has(p.verb) || NOT_A_VERB.test(p.verb)) continue;
      for (const t of patternTrigger(p, dict.sets) ?? [])
        candidates.push({ ...t, cameo: [p.code], size: p.after.length });
    }
  }
  // A verb alone whose blocks give different catalogue types is ambiguous: dropped.
  const alone = new Map<string, CameoTrigger>();
  for (const [verb, codes] of verbsAlone) {
    const types = new Set([...codes].map(typeOfCode));
    if (types.size !== 1) continue;
    const type = typeOfCode([...codes][0]!)!;
    const preps = ALONE_PREPS[[...codes][0]!.slice(0, 2)];
    for (const v of spellings(verb)) {
      alone.set(v, {
        ...keyed(v),
        type,
        ...(preps ? { targetPreps: preps } : {}),
        cameo: [...codes].sort(),
      });
    }
  }
  // Pattern entries: one type per (verb, required word), the most frequent of its shortest
  // patterns (none on a tie); those the
  // verb alone already gives are dropped.
  const byWord = new Map<string, Candidate[]>();
  for (const e of candidates) {
    for (const w of e.requires ?? ['']) {
      const k = `${e.lemma ?? e.phrase}|${w}`;
      byWord.set(k, [...(byWord.get(k) ?? []), { ...e, requires: w ? [w] : undefined }]);
    }
  }
  const merged = new Map<string, CameoTrigger>();
  for (const all of byWord.values()) {
    const shortest = Math.min(...all.map((e) => e.size));
    const list = majority(all.filter((e) => e.size === shortest));
    if (!list.length) continue;
    const { size: _, ...e } = list[0]!;
    const preps = [...new Set(list.flatMap((x) => x.targetPreps ?? []))].sort();
    const verb = e.lemma ?? e.phrase!;
    if (alone.get(verb)?.type === e.type && !preps.some((p) => p !== 'direct')) continue;
    for (const v of spellings(verb)) {
      const k = `${v}|${e.type}|${preps.join(',')}|${e.requires ? 'r' : ''}`;
      const prev = merged.get(k);
      const codes = [...new Set([...(prev?.cameo ?? []), ...list.flatMap((x) => x.cameo)])];
      const requires = e.requires && [...new Set([...(prev?.requires ?? []), ...e.requires])];
      merged.set(k, {
        ...e,
        ...keyed(v),
        ...(preps.length ? { targetPreps: preps } : {}),
        ...(requires ? { requires: requires.sort() } : {}),
        cameo: codes.sort(),
      });
    }
  }
  const keyOf = (e: CameoTrigger) =>
    [e.lemma ?? e.phrase, e.requires ? 1 : 0, e.requires?.join(' '), e.type].join('|');
  return [...alone.values(), ...merged.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** The candidates of the most frequent type, or none when two types tie. */
function majority(list: Candidate[]): Candidate[] {
  const count = new Map<string, number>();
  for (const e of list) count.set(e.type, (count.get(e.type) ?? 0) + 1);
  const [first, second] = [...count.values()].sort((a, b) => b - a);
  if (second === first) return [];
  const type = [...count].find(([, n]) => n === first)![0];
  return list.filter((e) => e.type === type);
}
