/**
 * 32-bit feature hashes: FNV-1a over UTF-16 code units, and an integer mixer to combine a
 * template id with value hashes. Pure integer arithmetic, so hashes are identical on every run
 * and machine; feature strings are never built.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of `text` (optionally `text.slice(from, to)`). */
export function hashText(text: string, from = 0, to = text.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into one (murmur3-style finaliser over a mixed pair). */
export function mixHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  // 0 marks "no feature" in feature buffers
  return h >>> 0 || 1;
}

/** Hash of a feature: its template id with one value. */
export const feature1 = (template: number, value: number): number => mixHash(template, value);

/** Hash of a feature: its template id with two values. */
export const feature2 = (template: number, a: number, b: number): number =>
  mixHash(mixHash(template, a), b);

/** Hash of a feature: its template id with three values. */
export const feature3 = (template: number, a: number, b: number, c: number): number =>
  mixHash(mixHash(mixHash(template, a), b), c);
