/**
 * Verb lemmas a noun may be the nominalisation of, most likely first: 'condemnation' ->
 * condemn, 'expulsion' -> expel, 'killing' -> kill, 'withdrawal' -> withdraw. English suffix
 * rules only: the caller keeps the candidates its verb lexicon knows, which is what makes a
 * guess like 'station' -> 'state' harmless (no trigger, no relation).
 */
const RULES: [suffix: string, replacements: string[]][] = [
  ['ulsion', ['el']], // expulsion, compulsion
  ['asion', ['ade']], // invasion, evasion
  ['ention', ['ain', 'ene']], // detention, intervention
  ['ension', ['end']], // suspension
  ['olution', ['olve']], // resolution
  ['ition', ['ise', 'ize']], // recognition
  ['ication', ['y']], // notification
  ['ation', ['', 'e', 'ate', 'y']], // condemnation, accusation, mediation, occupation
  ['ion', ['', 'e']], // rejection, abduction, persecution
  ['ment', ['']], // deployment, imprisonment
  ['ial', ['y']], // denial
  ['al', ['', 'e']], // withdrawal, refusal, approval
  ['ure', ['e']], // seizure, closure
  ['icism', ['icise', 'icize']], // criticism
  ['ance', ['', 'e']], // assistance
  ['ence', ['', 'e']], // interference
];

export function verbCandidates(noun: string): string[] {
  const out: string[] = [noun];
  if (noun.endsWith('ing') && noun.length > 5) {
    const stem = noun.slice(0, -3);
    out.push(stem, `${stem}e`);
    // kidnapping -> kidnap
    if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    return out;
  }
  for (const [suffix, replacements] of RULES) {
    if (!noun.endsWith(suffix) || noun.length < suffix.length + 3) continue;
    const stem = noun.slice(0, -suffix.length);
    for (const r of replacements) out.push(stem + r);
    break;
  }
  return out;
}
