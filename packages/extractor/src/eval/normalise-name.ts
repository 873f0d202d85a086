/**
 * The form in which entity names are compared: lowercase, without diacritics, a leading "the",
 * possessive 's, and punctuation ("The Kremlin's" -> "kremlin", "U.S." -> "us",
 * "Lukashénko" -> "lukashenko", "pro-democracy" -> "pro democracy").
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}
