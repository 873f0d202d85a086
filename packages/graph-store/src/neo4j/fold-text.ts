/**
 * Search folding: lower case, no diacritics, letters without a decomposition mapped by hand
 * (Ł -> l, ø -> o, ß -> ss ...), whitespace collapsed. Applied to names at ingest and to queries.
 */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** The folded name and aliases the Neo4j adapter searches (ingest plans, exported scripts). */
export function foldedNames(name: string, aliases: readonly string[]) {
  return { foldedName: foldText(name), foldedAliases: [...new Set(aliases.map(foldText))] };
}

/** What the search indexes hold (SEARCH_TEXT in statements.ts writes the same in Cypher). */
export function searchTextOf(foldedName: string, foldedAliases: readonly string[]): string {
  return [foldedName, ...foldedAliases].join(' | ');
}

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łđøħıŀŧßæœþð]/g, (c) => SPECIAL[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}
