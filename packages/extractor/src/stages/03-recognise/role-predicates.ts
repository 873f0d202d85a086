import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, SegmentedDoc, StructuralFact, Token } from '../../types';
import type { Coverage } from './coverage';
import { addPhraseRole, titlePhrase } from './role-appositions';
import { matchWords } from './token-utils';

/** Words that make the clause no statement of fact: 'X was not elected', 'X could become'. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no longer']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'to']);
/** A clause opened by these states no fact: 'if X becomes president'. */
const HYPOTHETICAL = new Set(['if', 'whether', 'unless']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * Roles stated by a verb (`roles.json` predicates): 'X became Kenya's president', 'X served as
 * the country's envoy', 'X was elected president of Y', 'X, who was appointed chief executive
 * of Y,'; and with the person as object, 'Y appointed X chief executive of Z'. The title phrase
 * is read as an apposition's; its holder must be named (or 'the country's'): never guessed.
 */
export function rolePredicates(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  for (const m of cov.sorted()) {
    const subject = m.ref?.type === 'Person' || PERSON_PRONOUNS.has(m.pronoun ?? '');
    // 'the wife of X is ...': X is no subject.
    const before = tokens[m.tokenStart - 1];
    if (!subject || before?.pos === 'ADP') continue;
    const k = afterSubjectVerb(tokens, m.tokenEnd, kb) ?? afterObjectVerb(tokens, m, kb);
    if (k === undefined || hypothetical(tokens, m.tokenStart)) continue;
    const phrase = titlePhrase(doc, kb, cov, k);
    if (phrase) addPhraseRole(facts, m, phrase, tokens, doc.date);
  }
}

/** 'X (, who) (has) (also) been/became/was elected (as)': the token after the verb. */
function afterSubjectVerb(tokens: Token[], j: number, kb: KnowledgeBase): number | undefined {
  const sent = tokens[j - 1]!.sent;
  if (tokens[j]?.text === ',' && tokens[j + 1]?.lower === 'who') j += 2;
  let be: number | undefined;
  for (; tokens[j] && tokens[j]!.sent === sent; j++) {
    const t = tokens[j]!;
    if (NEGATIONS.has(t.lower) || MODALS.has(t.lower)) return undefined;
    if (t.lemma === 'be' && t.lower !== 'being') be = j;
    else if (t.lemma !== 'have' && t.pos !== 'ADV') break;
  }
  const copula = predicateAt(tokens, j, kb.rolePredicates.copulas);
  if (copula !== undefined && tokens[j]!.lemma !== 'be') return copula;
  if (be !== undefined) {
    const passive = predicateAt(tokens, j, kb.rolePredicates.passives);
    if (passive !== undefined) return passive;
    if (be === j - 1) return j;
  }
  return undefined;
}

/** 'Y appointed X (as) chief executive': the token after the person named right after the verb. */
function afterObjectVerb(tokens: Token[], m: DocMention, kb: KnowledgeBase): number | undefined {
  const verb = tokens[m.tokenStart - 1];
  if (m.kind === 'pronoun' || !verb || verb.pos !== 'VERB' || verb.sent !== m.sent) return;
  if (tokens[m.tokenStart - 2]?.lemma === 'be' || tokens[m.tokenStart - 2]?.lemma === 'have')
    return undefined;
  const words = kb.rolePredicates.passives.get(verb.lemma);
  if (!words?.some((w) => w.length === 1)) return undefined;
  for (let k = m.tokenStart - 2; k >= 0 && tokens[k]!.sent === m.sent; k--) {
    if (NEGATIONS.has(tokens[k]!.lower) || MODALS.has(tokens[k]!.lower)) return undefined;
    if (tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'AUX') break;
  }
  return tokens[m.tokenEnd]?.lower === 'as' ? m.tokenEnd + 1 : m.tokenEnd;
}

/** The token after a predicate (lemma first, then words, then an optional 'as') at j. */
function predicateAt(tokens: Token[], j: number, table: Map<string, string[][]>) {
  const t = tokens[j];
  const list = t && (t.pos === 'VERB' || t.pos === 'AUX') ? table.get(t.lemma) : undefined;
  for (const words of list ?? []) {
    const end = words.length === 1 ? j + 1 : matchWords(tokens, j + 1, words.slice(1));
    if (end > 0) return tokens[end]?.lower === 'as' ? end + 1 : end;
  }
  return undefined;
}

/** A subordinating word earlier in the person's sentence ('If X becomes president'). */
function hypothetical(tokens: Token[], start: number): boolean {
  const sent = tokens[start]!.sent;
  for (let k = start - 1; k >= 0 && tokens[k]!.sent === sent; k--)
    if (HYPOTHETICAL.has(tokens[k]!.lower)) return true;
  return false;
}
