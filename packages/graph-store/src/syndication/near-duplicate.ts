/**
 * Near-duplicate detection for syndicated copies (pure): the body of an article (headline,
 * front-matter, dateline and boilerplate lines stripped) as 5-word shingles, a 128-hash MinHash
 * signature with fixed seeds, and 32 LSH bands of 4 rows (candidates from the store's band
 * index, confirmed by the estimated Jaccard similarity).
 */

export const SHINGLE_WORDS = 5;
export const MINHASH_SIZE = 128;
export const BAND_ROWS = 4;
export const BANDS = MINHASH_SIZE / BAND_ROWS;
/**
 * Two bodies are one report when the smaller one is mostly inside the other (estimated
 * containment, which tolerates a trimmed paragraph or appended boilerplate at any length) and
 * their estimated Jaccard similarity is not low (a short item is not a copy of a long feature).
 */
export const COPY_CONTAINMENT = 0.8;
export const MIN_JACCARD = 0.5;
/** Bodies with fewer distinct shingles are too short to call copies (one-line items, tests). */
export const MIN_SHINGLES = 25;

export interface Signature {
  /** MINHASH_SIZE unsigned 32-bit minima. */
  minhash: Uint32Array;
  /** One key per band: `b<band>:<hash of its rows>`. */
  bands: string[];
  /** Distinct shingles of the body. */
  shingles: number;
}

const HEADER = /^(title|date|source|author|byline|url|published|updated)\s*:/i;
const DATELINE =
  /^[A-Z][A-Z.'\- ]+(?:,[^()\n]{0,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s+/;
const BOILERPLATE =
  /^\s*[([]?\s*(?:reporting by|additional reporting|editing by|writing by|compiled by|copyright|\u00a9|all rights reserved|follow us|subscribe|sign up|click here|read more|related:|this story has been|this article was)/i;

/** The lines of `text` that carry the story: no headline, front-matter or boilerplate. */
export function storyBody(text: string, title?: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const out: string[] = [];
  let seenBody = false;
  for (const line of lines) {
    if (!line) continue;
    if (!seenBody && (HEADER.test(line) || isHeadline(line, title))) continue;
    if (BOILERPLATE.test(line)) continue;
    out.push(seenBody ? line : line.replace(DATELINE, ''));
    seenBody = true;
  }
  return out.join('\n');
}

function isHeadline(line: string, title?: string): boolean {
  if (title && line.toLowerCase() === title.trim().toLowerCase()) return true;
  return !/[.!?"'\u201d]$/.test(line) && line.split(/\s+/).length <= 20;
}

/** Distinct k-word shingles of the body, hashed to 32 bits. */
export function shingleHashes(body: string, k = SHINGLE_WORDS): Set<number> {
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) out.add(fnv1a(words.slice(i, i + k).join(' ')));
  return out;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 + i));

/** The document's signature, or null when its body is too short to compare. */
export function signDocument(text: string, title?: string): Signature | null {
  const shingles = shingleHashes(storyBody(text, title));
  if (shingles.size < MIN_SHINGLES) return null;
  const minhash = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]);
      if (v < minhash[i]) minhash[i] = v;
    }
  }
  return { minhash, bands: bandKeys(minhash), shingles: shingles.size };
}

export function bandKeys(minhash: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32(h ^ minhash[b * BAND_ROWS + r]);
    keys.push(`b${b}:${h.toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of equal MinHash slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** True when two signed bodies are one report (see COPY_CONTAINMENT). */
export function isCopy(a: Omit<Signature, 'bands'>, b: Omit<Signature, 'bands'>): boolean {
  const j = similarity(a.minhash, b.minhash);
  if (j < MIN_JACCARD) return false;
  const shared = (j * (a.shingles + b.shingles)) / (1 + j);
  return shared / Math.min(a.shingles, b.shingles) >= COPY_CONTAINMENT;
}

/** A signature as text for the stores: `<shingles>:<base64 of the little-endian minima>`. */
export function encodeSignature(s: Omit<Signature, 'bands'>): string {
  const m = s.minhash;
  return `${s.shingles}:${Buffer.from(m.buffer, m.byteOffset, m.byteLength).toString('base64')}`;
}

export function decodeSignature(text: string): Omit<Signature, 'bands'> | null {
  const [count, data = ''] = text.split(':');
  const shingles = Number(count);
  const bytes = Buffer.from(data, 'base64');
  if (!Number.isInteger(shingles) || shingles < 1 || bytes.length !== MINHASH_SIZE * 4) return null;
  const minhash = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) minhash[i] = bytes.readUInt32LE(i * 4);
  return { minhash, shingles };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
