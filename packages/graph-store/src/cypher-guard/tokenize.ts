import { QueryRejectedError, QuerySyntaxError } from '../errors';

export const TOKEN_KINDS = ['word', 'quoted', 'string', 'number', 'param', 'punct'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for quoted identifiers and strings: the unescaped content). */
  value: string;
  /** Offset of the token's first character in the query. */
  pos: number;
  end: number;
}

const SOURCE = 'cypher-guard';
/** Format characters (zero-width space/joiners, BOM, soft hyphen...) are refused outside literals. */
const FORMAT_CHAR = /[\p{Cf}\p{Co}\p{Cn}]/u;
const WORD_START = /[\p{L}_]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const PUNCT2 = ['<>', '<=', '>=', '=~', '->', '<-', '..', '+=', '||'];

/**
 * A Cypher tokenizer that understands string literals, backquoted identifiers and comments,
 * so that keywords hidden in comments or strings are seen (or not) exactly as the database sees them.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (k: number): string => query[k] ?? '';
  while (i < query.length) {
    const c = at(i);
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && at(i + 1) === '/') {
      while (i < query.length && !/[\n\r\u2028\u2029]/.test(at(i))) i++;
      continue;
    }
    if (c === '/' && at(i + 1) === '*') {
      const close = query.indexOf('*/', i + 2);
      if (close < 0)
        throw new QuerySyntaxError(
          SOURCE,
          `unterminated /* comment at offset ${i}: close it with */`,
        );
      i = close + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      let value = '';
      i++;
      while (i < query.length && at(i) !== c) {
        if (at(i) === '\\') {
          value += at(i + 1);
          i += 2;
        } else value += at(i++);
      }
      if (i >= query.length)
        throw new QuerySyntaxError(
          SOURCE,
          `unterminated string starting at offset ${start}: close it with ${c}`,
        );
      i++;
      tokens.push({ kind: 'string', value, pos: start, end: i });
      continue;
    }
    if (c === '`') {
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= query.length)
          throw new QuerySyntaxError(
            SOURCE,
            `unterminated \`identifier\` at offset ${start}: close it with a backquote`,
          );
        if (at(i) === '`' && at(i + 1) === '`') {
          value += '`';
          i += 2;
        } else if (at(i) === '`') {
          i++;
          break;
        } else value += at(i++);
      }
      tokens.push({ kind: 'quoted', value, pos: start, end: i });
      continue;
    }
    if (FORMAT_CHAR.test(c)) {
      const code = c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      throw new QueryRejectedError(
        SOURCE,
        `invisible character U+${code} at offset ${i} is not allowed outside string literals; remove it`,
      );
    }
    if (c === '$') {
      const start = i++;
      while (i < query.length && WORD_CHAR.test(at(i))) i++;
      tokens.push({ kind: 'param', value: query.slice(start, i), pos: start, end: i });
      continue;
    }
    if (/[0-9]/.test(c)) {
      const start = i;
      while (i < query.length && /[0-9a-zA-Z_]/.test(at(i))) i++;
      if (at(i) === '.' && /[0-9]/.test(at(i + 1))) {
        i++;
        while (i < query.length && /[0-9a-zA-Z_]/.test(at(i))) i++;
      }
      tokens.push({ kind: 'number', value: query.slice(start, i), pos: start, end: i });
      continue;
    }
    if (WORD_START.test(c)) {
      const start = i;
      while (i < query.length && WORD_CHAR.test(at(i))) i++;
      tokens.push({ kind: 'word', value: query.slice(start, i), pos: start, end: i });
      continue;
    }
    const two = query.slice(i, i + 2);
    const len = PUNCT2.includes(two) ? 2 : c.length;
    tokens.push({ kind: 'punct', value: query.slice(i, i + len), pos: i, end: i + len });
    i += len;
  }
  return tokens;
}
