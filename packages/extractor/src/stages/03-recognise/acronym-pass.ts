import type { DocMention, EntityRef, SegmentedDoc, Token } from '../../types';
import type { Coverage } from './coverage';

const NAMED_TYPES = new Set(['Organization', 'Group', 'Country', 'Event']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;

/**
 * 'the Rapid Support Forces (RSF)': the document defines the acronym; every use of it in that
 * document names the defined actor, whatever the gazetteer says the acronym stands for.
 */
export function acronymPass(doc: SegmentedDoc, cov: Coverage): void {
  const { tokens } = doc;
  const defined = new Map<string, EntityRef>();
  for (const m of cov.mentions) {
    const ref = m.ref;
    if (!ref || !NAMED_TYPES.has(ref.type) || m.kind === 'demonym' || m.kind === 'pronoun')
      continue;
    const acronym = definedAt(tokens, m);
    if (acronym && !defined.has(acronym)) defined.set(acronym, ref);
  }
  if (defined.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const ref = defined.get(tokens[i]!.text);
    if (!ref) continue;
    const m = cov.mentionAt(i);
    if (!m) cov.add(i, i + 1, ref, 'alias', 'pattern');
    else if (m.tokenStart === i && m.tokenEnd === i + 1 && m.ref !== ref) redirect(m, ref);
  }
}

/** The acronym in brackets right after the mention, when its letters are the name's initials. */
function definedAt(tokens: Token[], m: DocMention): string | undefined {
  const open = tokens[m.tokenEnd];
  const word = tokens[m.tokenEnd + 1];
  if (open?.text !== '(' || tokens[m.tokenEnd + 2]?.text !== ')' || !word) return undefined;
  if (!ACRONYM.test(word.text) || word.text.length > 8) return undefined;
  const initials = new Set(
    m.text
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0)),
  );
  const letters = word.text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || initials.size < 2) return undefined;
  for (const c of letters) if (!initials.has(c)) return undefined;
  return word.text;
}

function redirect(m: DocMention, ref: EntityRef): void {
  m.ref = ref;
  m.kind = 'alias';
}
