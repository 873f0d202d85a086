/**
 * Reader of TABARI/PETRARCH actor and agent dictionaries (the format documented in the headers of
 * the Phoenix files): an entry is a phrase in UPPER_CASE_WITH_UNDERSCORES, followed by `+SYNONYM`
 * lines and CAMEO codes in brackets, on the same line or on indented lines below:
 *
 *   BAN_KI-MOON_          # comment
 *   +SECRETARY-GENERAL_BAN_KI-MOON
 *       [IGOUNO >070101]
 *       [KORGOV 040117-061201]
 *
 * A code may carry a date restriction: `A-B` (from A to B), `>A` (from A), `<B` (until B); dates
 * are YYMMDD or YYYYMMDD. `[---]` is the null code. `{PLURAL}` (agents) gives irregular plurals.
 */

export interface TabariCode {
  code: string;
  /** ISO date (YYYY-MM-DD) the code starts to apply. */
  since?: string;
  /** ISO date the code stops applying. */
  until?: string;
}

export interface TabariEntry {
  /** The main phrase first, then its synonyms, as written (underscores kept). */
  phrases: string[];
  codes: TabariCode[];
  /** 1-based line of the main phrase. */
  line: number;
}

const CODE = /\[([^\]]*)\]/g;

/** Entries of a dictionary file, in file order. Lines it cannot read are skipped. */
export function parseTabari(text: string): TabariEntry[] {
  const entries: TabariEntry[] = [];
  let current: TabariEntry | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = stripComment(raw);
    if (!line.trim()) return;
    const indented = /^\s/.test(line);
    const body = line.trim();
    const phrase = body
      .replace(CODE, '')
      .replace(/\{[^}]*\}/g, '')
      .trim();
    const codes = [...body.matchAll(CODE)].flatMap((m) => readCode(m[1]!));
    if (phrase.startsWith('+') && current) {
      // '+A_+_B': two synonyms run together on one line.
      for (const p of phrase.slice(1).split(/\+(?=_?[A-Z])/)) {
        const clean = p.replace(/^_+/, '').trim();
        if (clean) current.phrases.push(clean);
      }
      current.codes.push(...codes);
      return;
    }
    if (!phrase || (indented && !phrase.startsWith('+'))) {
      if (current) current.codes.push(...codes);
      return;
    }
    if (/^!\w+!\s*=/.test(phrase)) return; // substitution set definition (agents)
    current = { phrases: [phrase], codes, line: index + 1 };
    entries.push(current);
  });
  return entries;
}

function stripComment(line: string): string {
  const at = line.indexOf('#');
  return at < 0 ? line : line.slice(0, at);
}

function readCode(inner: string): TabariCode[] {
  const [code, range] = inner.trim().split(/\s+/, 2);
  if (!code || /^-+$/.test(code)) return [];
  if (!range) return [{ code }];
  const m = /^(<|>)?(\d{6,8})(?:-(\d{6,8}))?$/.exec(range);
  if (!m) return [{ code }];
  const [, op, a, b] = m;
  if (op === '<') return [{ code, until: tabariDate(a!) }];
  if (op === '>') return [{ code, since: tabariDate(a!) }];
  let since = tabariDate(a!);
  const until = b ? tabariDate(b) : undefined;
  // Two-digit years: a range that would run backwards started in the 1900s.
  if (since && until && since > until && a!.length === 6) since = `19${since.slice(2)}`;
  return [{ code, since, until }];
}

/**
 * YYMMDD (years up to 20 are 20YY: the dictionaries were compiled in 2013-14) or YYYYMMDD;
 * undefined when the digits are no calendar date (the files hold a few typos such as 2004017).
 */
export function tabariDate(digits: string): string | undefined {
  let y: string;
  let rest: string;
  if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    y = `${yy <= 20 ? '20' : '19'}${digits.slice(0, 2)}`;
    rest = digits.slice(2);
  } else if (digits.length === 8) {
    y = digits.slice(0, 4);
    rest = digits.slice(4);
  } else return undefined;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
