/**
 * Rows passed to Kùzu as `$rows` (a list of structs) must be shaped with care: the binding infers
 * each field's type from the first row (so `[1, 0.5]` becomes INT64 garbage), turns empty lists
 * into null and fails on all-null fields. So: strings never null ('' = absent), doubles sent as
 * strings, string lists joined with U+001F, optional ints as 0 / -1 sentinels; the Cypher
 * snippets below turn them back into typed NULLs.
 */
export const LIST_SEPARATOR = '\u001f';

export const encodeList = (xs: readonly string[] | undefined): string =>
  (xs ?? []).filter(Boolean).join(LIST_SEPARATOR);
export const encodeOpt = (s: string | undefined | null): string => s ?? '';
export const encodeDouble = (n: number): string => String(n);

/** Cypher: '' -> NULL (STRING). */
export const optStr = (e: string): string =>
  `CASE WHEN ${e} = '' THEN CAST(NULL AS STRING) ELSE ${e} END`;
/** Cypher: '' -> NULL, else DATE. */
export const optDate = (e: string): string => `date(${optStr(e)})`;
/** Cypher: values below `min` -> NULL (INT64). */
export const optInt = (e: string, min = 1): string =>
  `CASE WHEN ${e} < ${min} THEN CAST(NULL AS INT64) ELSE ${e} END`;
export const dbl = (e: string): string => `CAST(${e} AS DOUBLE)`;
export const strList = (e: string): string =>
  `list_filter(string_split(${e}, '${LIST_SEPARATOR}'), x -> x <> '')`;
