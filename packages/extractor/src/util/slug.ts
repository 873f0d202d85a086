import { createHash } from 'node:crypto';

/** Slugs of names seen so far (a pure function of the name); emptied past `SLUG_MEMO_LIMIT`. */
const memo = new Map<string, string>();
const SLUG_MEMO_LIMIT = 50_000;

/** Stable lowercase id from a name: ASCII letters, digits and '-'. */
export function slug(name: string): string {
  let s = memo.get(name);
  if (s === undefined) {
    if (memo.size >= SLUG_MEMO_LIMIT) memo.clear();
    s = computeSlug(name);
    memo.set(name, s);
  }
  return s;
}

function computeSlug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || `x-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
