/** Word-form properties for the name tagger: shapes and orthographic flags. Unicode-aware. */

const isUpperChar = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLowerChar = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** One character's class: X upper, x lower (or uncased letter), d digit, else the character. */
function charClass(ch: string): string {
  if (isUpperChar(ch)) return 'X';
  if (isLowerChar(ch) || LETTER.test(ch)) return 'x';
  if (DIGIT.test(ch)) return 'd';
  return ch;
}

/**
 * Word shape with runs capped at 4: `Washington` → `Xxxxx`, `U.S.` → `X.X.`, `2017` → `dddd`,
 * `al-Assad` → `xx-Xxxxx`, `Erdoğan` → `Xxxxx`.
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Word shape with runs collapsed: `Washington` → `Xx`, `McDonald` → `XxXx`, `G7` → `Xd`. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export const WORD_FLAGS = {
  initCap: 1,
  allCaps: 2,
  hasDigit: 4,
  hasHyphen: 8,
  nonAsciiLetter: 16,
  noLetterOrDigit: 32,
  hasPeriod: 64,
  mixedCase: 128,
  hasApostrophe: 256,
} as const;

/** Bit set of WORD_FLAGS for one word. */
export function wordFlags(word: string): number {
  let flags = 0;
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  let i = 0;
  for (const ch of word) {
    if (isUpperChar(ch)) {
      uppers++;
      letters++;
    } else if (LETTER.test(ch)) letters++;
    else if (DIGIT.test(ch)) digits++;
    else if (ch === '-' || ch === '‐' || ch === '–') flags |= WORD_FLAGS.hasHyphen;
    else if (ch === '.') flags |= WORD_FLAGS.hasPeriod;
    else if (ch === "'" || ch === '’') flags |= WORD_FLAGS.hasApostrophe;
    if (ch.charCodeAt(0) > 127 && LETTER.test(ch)) flags |= WORD_FLAGS.nonAsciiLetter;
    if (i === 0 && isUpperChar(ch)) flags |= WORD_FLAGS.initCap;
    i++;
  }
  if (letters > 1 && uppers === letters) flags |= WORD_FLAGS.allCaps;
  if (uppers > 0 && uppers < letters && (uppers > 1 || !(flags & WORD_FLAGS.initCap))) {
    flags |= WORD_FLAGS.mixedCase;
  }
  if (digits > 0) flags |= WORD_FLAGS.hasDigit;
  if (letters === 0 && digits === 0) flags |= WORD_FLAGS.noLetterOrDigit;
  return flags;
}

/**
 * Lower-case name particles that stay inside a name (`Mohammed bin Salman`, `Ursula von der
 * Leyen`, `Abu Bakr al-Baghdadi`, `Pedro de la Cruz`).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'al-',
  'el',
  'el-',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'y',
  "d'",
  'ould',
]);

/** Honorifics that precede a name but are not part of it ('Mr. Key', 'Dr. William Glennie'). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame rev rev. sen. rep. gen.'.split(' '),
);
