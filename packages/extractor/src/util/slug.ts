import { createHash } from 'node:crypto';

/** Stable lowercase id from a name: ASCII letters, digits and '-'. */
export function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || `x-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
