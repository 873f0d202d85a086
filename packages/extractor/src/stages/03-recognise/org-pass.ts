import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, StructuralFact } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { matchWords, nameRun } from './token-utils';

const ORG_TYPES = new Set(['Organization', 'Group']);
const NP_WORD_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);

/** 'the Belarusian state news agency Belta' and 'Belta, the Belarusian state news agency'. */
export function orgPass(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (cov.covered(i) || tokens[i]!.pos !== 'NOUN') continue;
    const end = descriptorEnd(tokens, i, kb);
    if (end < 0) continue;
    const country = countryInNp(doc, i, cov);
    // Descriptor then name: 'news agency Belta'.
    let org = orgAt(doc, end, kb, cov);
    // Name, then apposition: 'Belta, the ... news agency'.
    if (!org) {
      const start = npStart(doc, i, cov);
      if (tokens[start - 1]?.text === ',' && start - 2 >= 0)
        org = orgEndingAt(doc, start - 2, kb, cov);
    }
    i = end - 1;
    if (!org || !country) continue;
    facts.push({
      type: 'AFFILIATED_WITH',
      source: org,
      target: country,
      sent: org.sent,
      trigger: { start: tokens[i]!.start, end: tokens[end - 1]!.end },
      confidence: 0.85,
    });
  }
}

function descriptorEnd(tokens: SegmentedDoc['tokens'], i: number, kb: KnowledgeBase): number {
  for (const words of kb.orgDescriptors.get(tokens[i]!.lower) ?? []) {
    const end = matchWords(tokens, i, words);
    if (end > 0) return end;
  }
  return -1;
}

/** First token of the noun phrase that ends with the descriptor at `i`. */
function npStart(doc: SegmentedDoc, i: number, cov: Coverage): number {
  let k = i;
  while (k > 0) {
    const t = doc.tokens[k - 1]!;
    if (t.sent !== doc.tokens[i]!.sent) break;
    const m = cov.mentionAt(k - 1);
    if (m?.ref?.type === 'Country') k = m.tokenStart;
    else if (NP_WORD_POS.has(t.pos) && !t.cap) k--;
    else if (t.lower === "'s" || t.lower === '’s' || t.pos === 'DET') k--;
    else break;
  }
  return k;
}

function countryInNp(doc: SegmentedDoc, i: number, cov: Coverage): DocMention | undefined {
  for (let k = npStart(doc, i, cov); k < i; k++) {
    const m = cov.mentionAt(k);
    if (m?.ref?.type === 'Country') return m;
  }
  return undefined;
}

function orgAt(
  doc: SegmentedDoc,
  k: number,
  kb: KnowledgeBase,
  cov: Coverage,
): DocMention | undefined {
  const m = cov.mentionAt(k);
  if (m) return m.ref && ORG_TYPES.has(m.ref.type) && m.tokenStart === k ? m : undefined;
  const end = nameRun(doc.tokens, k, kb, cov, 5);
  return end > k ? newOrg(doc, k, end, cov) : undefined;
}

function orgEndingAt(
  doc: SegmentedDoc,
  k: number,
  kb: KnowledgeBase,
  cov: Coverage,
): DocMention | undefined {
  const m = cov.mentionAt(k);
  if (m) return m.ref && ORG_TYPES.has(m.ref.type) ? m : undefined;
  let s = k;
  while (s > 0 && nameRun(doc.tokens, s - 1, kb, cov, 5) === k + 1) s--;
  return nameRun(doc.tokens, s, kb, cov, 5) === k + 1 ? newOrg(doc, s, k + 1, cov) : undefined;
}

function newOrg(doc: SegmentedDoc, from: number, to: number, cov: Coverage): DocMention {
  const name = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  const ref: EntityRef = {
    id: slug(name),
    name,
    type: 'Organization',
    known: false,
    salient: true,
  };
  return cov.add(from, to, ref, 'name', 'pattern');
}
