import type { VerbTrigger } from './data-schemas';

const keyOf = (t: VerbTrigger) => t.phrase ?? t.lemma ?? '';

/**
 * The hand-written verb triggers followed by the derived ones (`cameo-triggers.json`) they leave
 * room for: the hand-written table wins for a lemma/phrase it has a plain entry for (no
 * `requires`), and for phrases of such a lemma ('back' -> 'back down'); for another lemma/phrase of its own it keeps the required words it gives, and a
 * derived entry keeps only the others ('send' + 'aid' is hand-written, 'send' + 'investigator'
 * derived). A derived plain entry is used only for a lemma/phrase the hand-written table lacks.
 */
export function mergeTriggers(hand: VerbTrigger[], derived: VerbTrigger[]): VerbTrigger[] {
  const plain = new Set<string>();
  const required = new Map<string, Set<string>>();
  for (const t of hand) {
    const key = keyOf(t);
    if (!t.requires) plain.add(key);
    const words = required.get(key) ?? new Set<string>();
    for (const w of t.requires ?? []) words.add(w);
    required.set(key, words);
  }
  const out = [...hand];
  for (const t of derived) {
    const key = keyOf(t);
    if (plain.has(key) || plain.has(key.split(' ')[0]!)) continue;
    const taken = required.get(key);
    if (!t.requires) {
      if (!taken) out.push(t);
      continue;
    }
    const requires = taken ? t.requires.filter((w) => !taken.has(w)) : t.requires;
    if (requires.length) out.push(requires.length === t.requires.length ? t : { ...t, requires });
  }
  return out;
}
