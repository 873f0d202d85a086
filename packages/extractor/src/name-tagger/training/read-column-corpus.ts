/**
 * Readers for column-format NER files: one token per line, blank line between sentences,
 * `#` comment lines (a `# text = ...` line is kept as the sentence text).
 */
import { iob1ToIob2 } from '../bio-spans';
import type { LabelledSentence } from './labelled-sentence';

export interface ColumnFormat {
  /** Column separator: a tab or any whitespace. */
  separator: RegExp;
  tokenColumn: number;
  tagColumn: number;
  /** IOB1 files (wikigold) are converted to IOB2. */
  iob1?: boolean;
  /** Split inner hyphens into their own tokens as UD does ('Saxony-Anhalt' → Saxony - Anhalt). */
  splitHyphens?: boolean;
  /** Maps the file's tag type (after `B-`/`I-`) to a model type, or null for O. */
  mapType: (type: string) => string | null;
}

function mapTag(tag: string, format: ColumnFormat): string {
  const m = /^([BI])-(.+)$/.exec(tag);
  if (!m) return 'O';
  const type = format.mapType(m[2]!);
  return type ? `${m[1]}-${type}` : 'O';
}

const INNER_HYPHEN = /(?<=[\p{L}\p{N}])(-)(?=[\p{L}\p{N}])/u;

function splitHyphens(token: string): string[] {
  return INNER_HYPHEN.test(token) ? token.split(INNER_HYPHEN).filter(Boolean) : [token];
}

/** Parses a whole file into sentences; `source` names the corpus and file. */
export function readColumnCorpus(
  content: string,
  format: ColumnFormat,
  source: string,
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let text: string | undefined;
  const flush = () => {
    if (tokens.length) {
      const raw = format.iob1 ? iob1ToIob2(tags) : tags;
      // a type mapped to O inside a name can leave an I- after O: re-open it as B-
      const fixed = raw.map((t, i) =>
        t.startsWith('I-') && (i === 0 || raw[i - 1]!.slice(2) !== t.slice(2))
          ? `B-${t.slice(2)}`
          : t,
      );
      sentences.push({ tokens, tags: fixed, source, ...(text ? { text } : {}) });
    }
    tokens = [];
    tags = [];
    text = undefined;
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      const m = /^# text = (.*)$/.exec(line);
      if (m) text = m[1];
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(format.separator);
    const token = cols[format.tokenColumn];
    if (token === undefined || token === '-DOCSTART-') continue;
    const tag = mapTag(cols[format.tagColumn] ?? 'O', format);
    const parts = format.splitHyphens ? splitHyphens(token) : [token];
    parts.forEach((part, k) => {
      tokens.push(part);
      tags.push(k > 0 && tag !== 'O' ? `I-${tag.slice(2)}` : tag);
    });
  }
  flush();
  return sentences;
}
