/**
 * TABARI phrases (`BASHAR_AL-ASSAD_`, `MAX_VAN_DER_STOEL_`, `INTERNATIONAL_ATOMIC_ENERGY_AGENCY_`)
 * → display names (`Bashar al-Assad`, `Max van der Stoel`, `International Atomic Energy Agency`).
 */

/** Name particles written in lower case inside a person's name. */
const PARTICLES = new Set([
  'al', 'el', 'bin', 'bint', 'ibn', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della',
  'dos', 'das', 'do', 'la', 'le', 'von', 'zu', 'y', 'e', 'i', 'ul', 'ud',
]); // prettier-ignore
/** Small words written in lower case inside an organisation's name. */
const ORG_SMALL = new Set([
  'of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'by', 'with', 'a', 'an', 'de', 'du', 'des',
  'la', 'le', 'el', 'al', 'y', 'et', 'del', 'di',
]); // prettier-ignore
const VOWEL = /[AEIOUY]/;
/** Regnal numbers ('Abdullah II'). */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX)$/;
/** Characters a usable name may hold (after the underscores are gone). */
const USABLE = /^[A-Z][A-Z.'’ -]*[A-Z.]$/;

export type NameKind = 'person' | 'organization';

/** Words of a phrase: underscores and spaces split; brackets ('(AAIA)') and a '+' are dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/[_\s]+/)
    .filter(Boolean);
}

/** The display name, or undefined when the phrase is no usable name (codes, digits, odd characters). */
export function displayName(phrase: string, kind: NameKind): string | undefined {
  const words = phraseWords(phrase);
  if (words.length === 0) return undefined;
  const joined = words.join(' ');
  if (!USABLE.test(joined) || /[.'’-]{2}|\s[.'’-]|[-'’]\s/.test(joined)) return undefined;
  const out: string[] = [];
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (kind === 'person' && i > 0 && i < words.length - 1 && (lower === 'al' || lower === 'el')) {
      // 'BASHAR_AL_ASSAD': news writes 'al-Assad'.
      out.push(`${lower}-`);
      return;
    }
    const small = kind === 'person' ? PARTICLES : ORG_SMALL;
    if (i > 0 && i < words.length - 1 && small.has(lower)) out.push(lower);
    else out.push(casedWord(w, kind, words.length));
  });
  return out.join(' ').replace(/- /g, '-');
}

/** One word: parts split at hyphens and apostrophes, particles before a hyphen in lower case. */
function casedWord(word: string, kind: NameKind, wordCount: number): string {
  if (isAcronym(word, kind, wordCount) || ROMAN.test(word)) return word;
  return word
    .split('-')
    .map((part, i, parts) => {
      const lower = part.toLowerCase();
      if (i < parts.length - 1 && (lower === 'al' || lower === 'el' || lower === 'ad'))
        return lower;
      // 'Hizb-i-Islami', 'Jamiat-ul-Ansar', 'Dukhtaran-e-Millat'.
      if (i > 0 && i < parts.length - 1 && PARTICLES.has(lower)) return lower;
      return capitalise(part);
    })
    .join('-');
}

function capitalise(part: string): string {
  const lower = part.toLowerCase();
  let s = lower.charAt(0).toUpperCase() + lower.slice(1);
  // O'Brien, D'Alema; McCain.
  s = s.replace(/^([A-Z])['’]([a-z])/, (_, a: string, b: string) => `${a}'${b.toUpperCase()}`);
  s = s.replace(/^Mc([a-z])/, (_, b: string) => `Mc${b.toUpperCase()}`);
  // Initials and dotted abbreviations ('B.', 'U.N.') stay upper case.
  if (/^([a-z]\.)+$/i.test(part)) s = part.toUpperCase();
  return s;
}

/** 'IAEA', 'UNDP', 'U.N.': letters without vowels, dotted initials, or a short one-word organisation name. */
function isAcronym(word: string, kind: NameKind, wordCount: number): boolean {
  const letters = word.replace(/[^A-Z]/g, '');
  if (/^([A-Z]\.){2,}$/.test(word)) return true;
  if (kind === 'person') return false;
  if (letters.length >= 2 && !VOWEL.test(letters)) return true;
  return wordCount === 1 && letters.length <= 5 && letters.length === word.length;
}

/** Key to compare names across spellings: no accents, case, 'the', dots; hyphens as spaces; initials joined. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/\./g, '')
    .replace(/[-‐\s]+/g, ' ')
    .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1') // initials: 'k p oli' → 'kp oli'
    .trim();
}
