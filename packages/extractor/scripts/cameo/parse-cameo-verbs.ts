/**
 * Reader of the PETRARCH2 CAMEO verb dictionary (TABARI format, documented in the file's header
 * and in PETRARCH's `PETRreader.read_verb_dictionary`): synonym sets (`&NAME` + `+WORD` lines),
 * verb blocks (`---  VERB  [code]  ---`, one synonym a line: `WORD {irregular forms} [code]`,
 * `+WORD_PARTICLE` for multi-word verbs) and patterns (`- words * words [code]  # VERB`, where
 * `*` is the verb, `$` the source, `+` the target, `(...)` a prepositional phrase, `{...}` a
 * multi-word noun, `&SET` any member of a synonym set, `^` a skipped phrase).
 */

export interface CameoVerb {
  /** Lower-case base form; multi-word verbs joined by a space ('rule out'). */
  verb: string;
  /** The synonym's own code, else the block's; '---' when the verb alone is not an event. */
  code: string;
  /** The code is the synonym's own or the verb names the block (not a synonym inheriting it). */
  explicit: boolean;
}

export interface CameoPattern {
  /** The verb the pattern was written for (the comment after '#'), lower-case. */
  verb: string;
  /** Elements before and after '*', as written. */
  before: string[];
  after: string[];
  code: string;
}

export interface CameoBlock {
  head: string;
  code: string;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}

export interface CameoDictionary {
  sets: Map<string, string[]>;
  blocks: CameoBlock[];
  /** Irregular past forms of one-word verbs ('overthrew' -> 'overthrow'), from '{...}' lists. */
  pastForms: Map<string, string>;
}

const CODE = /\[([^\]]*)\]/;

/** The first code of '[042:043]' ('' for '[:173]', a code for the target only). */
const firstCode = (s: string) => (s.split(':')[0] ?? '').trim();

/** Splits a pattern into elements: words, '{...}' and '(...)' groups kept whole. */
export function patternElements(text: string): string[] {
  const out: string[] = [];
  const re = /\{[^}]*\}|\([^)]*\)|[^\s{}()]+/g;
  for (const m of text.matchAll(re)) out.push(m[0]);
  return out;
}

export function parseCameoDictionary(text: string): CameoDictionary {
  const sets = new Map<string, string[]>();
  const blocks: CameoBlock[] = [];
  const pastForms = new Map<string, string>();
  let section: 'sets' | 'verbs' | 'done' = 'sets';
  let set: string[] | undefined;
  let block: CameoBlock | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('####### VERB PATTERNS')) section = 'verbs';
    else if (raw.startsWith('######## TRANSFORMATIONS')) section = 'done';
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || section === 'done') continue;
    if (section === 'sets') {
      if (line.startsWith('&')) sets.set(line.slice(1).trim(), (set = []));
      else if (line.startsWith('+') && set) set.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (header) {
      const head = header[1]!.toLowerCase();
      blocks.push((block = { head, code: firstCode(header[2]!), verbs: [], patterns: [] }));
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      const code = CODE.exec(line);
      const comment = /#\s*([A-Z_-]+)/.exec(raw);
      const body = line.slice(1).replace(CODE, '').trim();
      const star = patternElements(body);
      const at = star.indexOf('*');
      if (!code || at < 0) continue;
      block.patterns.push({
        verb: (comment?.[1] ?? block.head).toLowerCase().replace(/_/g, ' '),
        before: star.slice(0, at),
        after: star.slice(at + 1),
        code: firstCode(code[1]!),
      });
      continue;
    }
    const word = /^\+?([A-Z][A-Z_-]*)/.exec(line);
    if (!word) continue;
    const own = CODE.exec(line.replace(/\{[^}]*\}/, ''));
    const verb = word[1]!.toLowerCase().replace(/_+$/, '').replace(/_/g, ' ');
    const forms = /\{([^}]*)\}/.exec(line)?.[1]?.trim().split(/\s+/) ?? [];
    for (const f of forms.map((x) => x.toLowerCase())) {
      if (/^[a-z]+$/.test(f) && /^[a-z]+$/.test(verb) && !/(s|ing|ed)$/.test(f))
        pastForms.set(f, verb);
    }
    block.verbs.push({
      verb,
      code: own ? firstCode(own[1]!) : block.code,
      explicit: !!own || verb === block.head,
    });
  }
  return { sets, blocks, pastForms };
}
