import { QueryRejectedError, QuerySyntaxError } from '../errors';
import { nearestClause } from './clause-typo';
import { tokenize } from './tokenize';
import type { Token } from './tokenize';
import { checkBuildCost } from './list-size-guard';

const SOURCE = 'cypher-guard';
const HOW_TO_ADD = 'the console is read-only; use `kg ingest` to add data';

/** Clauses that change data, schema, files, extensions, databases or transactions. */
export const WRITE_KEYWORDS = [
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'DROP',
  'ALTER',
  'COPY',
  'LOAD',
  'INSTALL',
  'UNINSTALL',
  'ATTACH',
  'USE',
  'EXPORT',
  'IMPORT',
  'CHECKPOINT',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'TRANSACTION',
  'FOREACH',
  'EXPLAIN',
  'PROFILE',
  'COMMENT',
  'TRUNCATE',
  'RENAME',
  'INSERT',
  'UPDATE',
] as const;

/** Clauses a read-only query may start with. */
export const READ_START_KEYWORDS = [
  'MATCH',
  'OPTIONAL',
  'WITH',
  'UNWIND',
  'RETURN',
  'CALL',
] as const;

/** Read-only table functions a query may CALL (case-insensitive). */
export const DEFAULT_ALLOWED_CALLS = [
  'show_tables',
  'table_info',
  'show_connection',
  'db_version',
  'show_functions',
  'current_setting',
] as const;

export interface GuardOptions {
  allowedCalls?: readonly string[];
  /** Label names that must be backquoted in the target dialect (e.g. `Group` in Kùzu). */
  reservedLabels?: readonly string[];
}

export interface GuardResult {
  /** The query to run: unchanged except reserved labels backquoted and a trailing `;` dropped. */
  query: string;
  tokens: Token[];
}

const WRITE_SET = new Set<string>(WRITE_KEYWORDS);
const START_SET = new Set<string>(READ_START_KEYWORDS);

const reject = (message: string): QueryRejectedError => new QueryRejectedError(SOURCE, message);
const upper = (t: Token): string => t.value.normalize('NFKC').toUpperCase();

/**
 * Refuse anything but a single read-only query. Pure: tokenizes (skipping strings, backquoted
 * identifiers and comments), checks clause keywords against an allow-list and the size of the
 * values the query builds (`checkBuildCost`: function names in any case or quoting). Throws
 * QueryRejectedError/QuerySyntaxError; returns the query to run.
 */
export function guardReadOnlyCypher(query: string, options: GuardOptions = {}): GuardResult {
  const allowed = new Set(
    (options.allowedCalls ?? DEFAULT_ALLOWED_CALLS).map((c) => c.toLowerCase()),
  );
  let tokens = tokenize(query);
  const semi = tokens.findIndex((t) => t.kind === 'punct' && t.value === ';');
  if (semi >= 0) {
    if (semi !== tokens.length - 1) {
      throw reject(
        `multiple statements are not allowed (\`;\` at offset ${tokens[semi].pos}): send one query at a time`,
      );
    }
    tokens = tokens.slice(0, -1);
  }
  if (!tokens.length) throw reject('the query is empty: write a MATCH ... RETURN query');
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'word') continue;
    if (/[^\x20-\x7e]/.test(t.value)) {
      throw reject(
        `non-ASCII identifier "${t.value}" at offset ${t.pos}: write it in backquotes (\`...\`) if it is a name`,
      );
    }
    const prev = tokens[i - 1];
    if (prev?.kind === 'punct' && prev.value === '.') continue;
    const word = upper(t);
    if (WRITE_SET.has(word)) {
      const what =
        word === 'DETACH' && tokens[i + 1] && upper(tokens[i + 1]) === 'DELETE'
          ? 'DETACH DELETE'
          : word;
      throw reject(`write clause ${what} is not allowed (offset ${t.pos}): ${HOW_TO_ADD}`);
    }
    if (word === 'CALL') checkCall(tokens, i, allowed);
  }
  const tooBig = checkBuildCost(tokens);
  if (tooBig) throw reject(tooBig);
  const first = tokens[0];
  if (first.kind !== 'word' || !START_SET.has(upper(first))) {
    const meant =
      first.kind === 'word' ? nearestClause(first.value, READ_START_KEYWORDS) : undefined;
    if (meant)
      throw new QuerySyntaxError(
        SOURCE,
        `syntax error at offset ${first.pos}: unknown clause "${first.value}" — did you mean ${meant}?`,
      );
    throw reject(
      `a query must start with ${READ_START_KEYWORDS.join(', ')} (found "${first.value}" at offset ${first.pos}); the console runs read queries only (use \`kg ingest\` to add data)`,
    );
  }
  return { query: rewrite(query, tokens, options.reservedLabels ?? []), tokens };
}

function checkCall(tokens: Token[], i: number, allowed: Set<string>): void {
  const name = tokens[i + 1];
  const open = tokens[i + 2];
  const list = [...allowed].join(', ');
  if (!name || (name.kind !== 'word' && name.kind !== 'quoted')) {
    throw reject(`CALL at offset ${tokens[i].pos} must name a read-only function (${list})`);
  }
  const fn = name.value.normalize('NFKC').toLowerCase();
  if (!allowed.has(fn)) {
    throw reject(
      `CALL ${name.value} is not allowed (offset ${name.pos}): only read-only functions may be called (${list})`,
    );
  }
  if (!open || open.kind !== 'punct' || open.value !== '(') {
    throw reject(
      `CALL ${name.value} must be followed by an argument list, e.g. CALL ${fn}() RETURN *`,
    );
  }
}

/** Backquote reserved labels used after `:` (e.g. `(g:Group)` -> `(g:\`Group\`)`); drop a trailing `;`. */
function rewrite(query: string, tokens: Token[], reserved: readonly string[]): string {
  const set = new Set(reserved.map((r) => r.toUpperCase()));
  let out = '';
  let last = 0;
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    if (
      t.kind === 'word' &&
      set.has(t.value.toUpperCase()) &&
      prev?.kind === 'punct' &&
      prev.value === ':'
    ) {
      out += `${query.slice(last, t.pos)}\`${t.value}\``;
      last = t.end;
    }
  }
  const end = tokens.length ? tokens[tokens.length - 1].end : query.length;
  return out + query.slice(last, end);
}
