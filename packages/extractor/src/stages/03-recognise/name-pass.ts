import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, Token } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { HONORIFICS, isNameWord, skipTitles } from './token-utils';

const SAY = new Set(['say', 'tell', 'add', 'write', 'warn', 'announce']);

/** Unknown capitalised runs: organisations by head word, people by given name, honorific or 'X said'. */
export function namePass(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (cov.covered(i) || !tokens[i]!.cap) continue;
    const afterTitles = skipTitles(tokens, i, kb);
    if (afterTitles > i) {
      i = afterTitles - 1;
      continue;
    }
    const end = bodyOfTitle(tokens, i, orgOrNameRun(tokens, i, kb, cov), kb);
    if (end === i) continue;
    const words = tokens.slice(i, end).filter((w) => w.text !== '-');
    const last = words[words.length - 1]!;
    let from = i;
    const type = classify(tokens, i, end, words, last, kb);
    if (!type) {
      i = end - 1;
      continue;
    }
    const prev = cov.mentionAt(i - 1);
    if (type === 'Organization' && prev?.kind === 'demonym' && prev.tokenEnd === i)
      from = prev.tokenStart;
    else if (type === 'Organization' && countryOpens(prev, i, tokens, kb)) {
      // 'the United States Commission on International Religious Freedom'
      from = prev!.tokenStart;
      cov.release(prev!);
    } else if (type === 'Organization' && capitalisedAdjective(tokens[i - 1], cov, i - 1)) from--;
    const name = doc.text.slice(tokens[from]!.start, last.end);
    const ref: EntityRef = { id: slug(name), name, type, known: false, salient: true };
    cov.add(from, end, ref, 'name', 'pattern');
    i = end - 1;
  }
}

/**
 * A country's name right before an organisation name that opens with a head word ('United States
 * Commission on ...', 'Kenya Wildlife Service') is part of that name.
 */
function countryOpens(
  prev: DocMention | undefined,
  i: number,
  tokens: Token[],
  kb: KnowledgeBase,
): boolean {
  return (
    prev?.kind === 'name' &&
    prev.ref?.type === 'Country' &&
    prev.tokenEnd === i &&
    kb.orgHeadsStart.has(tokens[i]!.text)
  );
}

/**
 * 'President of the Supreme Court Brenda Hale': after '<title> of (the)' the body's name ends at
 * its last head word, the name after it is the title holder's.
 */
function bodyOfTitle(tokens: Token[], i: number, end: number, kb: KnowledgeBase): number {
  if (end - i < 3 || kb.orgHeads.has(tokens[end - 1]!.text)) return end;
  let k = i - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !kb.titles.has(tokens[k - 1]?.lower ?? '')) return end;
  for (let j = end - 2; j > i; j--) if (kb.orgHeads.has(tokens[j]!.text)) return j + 1;
  return end;
}

/** wink tags a capitalised adjective as a proper noun ('New') or a noun ('First'). */
const ADJECTIVE_POS = new Set(['ADJ', 'PROPN', 'NOUN']);

/**
 * 'the New Progressive Party': a capitalised adjective in mid-sentence before an organisation's
 * name (a stop word, which never starts a name on its own) belongs to the name.
 */
function capitalisedAdjective(t: Token | undefined, cov: Coverage, k: number): boolean {
  return !!t && t.cap && !t.initial && ADJECTIVE_POS.has(t.pos) && !cov.covered(k);
}

function orgOrNameRun(tokens: Token[], i: number, kb: KnowledgeBase, cov: Coverage): number {
  const first = tokens[i]!;
  if (!isNameWord(first, kb) && !kb.orgHeadsStart.has(first.text)) return i;
  let k = i + 1;
  /** First capitalised stop word inside the run ('House Foreign Affairs Committee'), if any. */
  let stop = -1;
  while (k < tokens.length && k - i < 7) {
    const t = tokens[k]!;
    if (t.sent !== first.sent || cov.covered(k)) break;
    if (t.cap && (isNameWord(t, kb) || kb.orgHeads.has(t.text))) {
      k++;
      // 'the Supreme Court Brenda Hale': a given name after a head word starts a person's name.
      if (kb.orgHeads.has(t.text) && tokens[k] && kb.givenNames.has(tokens[k]!.text)) break;
    } else if (t.cap && !t.quoted && kb.stopwords.has(t.lower) && tokens[k + 1]?.cap) {
      if (stop < 0) stop = k;
      k++;
    } else if (
      t.text === '-' &&
      t.start === tokens[k - 1]!.end &&
      tokens[k + 1]?.cap &&
      tokens[k + 1]!.start === t.end
    )
      k += 2;
    else if (kb.orgConnectors.has(t.lower) && tokens[k + 1]?.cap && !cov.covered(k + 1)) k++;
    else break;
  }
  while (k > i && kb.orgConnectors.has(tokens[k - 1]!.lower)) k--;
  // A stop word continues only an organisation's name: the run must end in a head word.
  if (stop > 0 && (k <= stop + 1 || !kb.orgHeads.has(tokens[k - 1]!.text))) k = stop;
  while (k > i && kb.orgConnectors.has(tokens[k - 1]!.lower)) k--;
  return k;
}

function classify(
  tokens: Token[],
  i: number,
  end: number,
  words: Token[],
  last: Token,
  kb: KnowledgeBase,
) {
  // 'Forces from ...' opening a sentence: a lone head word there is a common noun, not a name.
  const sentenceStart = tokens[i - 1]?.sent !== tokens[i]!.sent;
  if (
    kb.locationHeads.has(last.text) ||
    (words.length === 1 && sentenceStart && kb.orgHeads.has(last.text))
  )
    return undefined;
  if (
    kb.orgHeads.has(last.text) ||
    (words.length > 1 &&
      kb.orgHeadsStart.has(words[0]!.text) &&
      words.some((w) => kb.orgHeads.has(w.text)))
  ) {
    return 'Organization' as const;
  }
  if (words.some((w) => !w.cap)) return undefined;
  if (words.length > 4 || words.some((w) => w.pos !== 'PROPN')) return undefined;
  const prev = tokens[i - 1];
  if (prev && HONORIFICS.has(prev.lower)) return 'Person' as const;
  if (words.length < 2) return undefined;
  if (kb.givenNames.has(words[0]!.text)) return 'Person' as const;
  // 'Voter Kitty Mak said': three words or more opening a sentence may start with its noun
  if (sentenceStart && words.length > 2) return undefined;
  const next = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  if (next && SAY.has(next.lemma) && next.pos === 'VERB' && prev?.pos !== 'DET')
    return 'Person' as const;
  return undefined;
}
