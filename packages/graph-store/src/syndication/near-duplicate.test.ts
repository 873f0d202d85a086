import { describe, expect, it } from 'vitest';
import {
  BANDS,
  decodeSignature,
  encodeSignature,
  isCopy,
  signDocument,
  similarity,
  storyBody,
} from './near-duplicate';
import { SAME_TOPIC_STORY, WIRE_COPIES, WIRE_STORY } from './story-fixtures';

const sign = (d: { text: string; title?: string }) => {
  const s = signDocument(d.text, d.title);
  if (!s) throw new Error('expected a signature');
  return s;
};
const sharesBand = (a: string[], b: string[]) => a.some((k) => b.includes(k));

describe('near-duplicate detection', () => {
  const original = sign(WIRE_STORY);

  it.each(WIRE_COPIES)('recognises a copy with $name', (copy) => {
    const s = sign(copy);
    expect(sharesBand(original.bands, s.bands)).toBe(true);
    expect(isCopy(original, s)).toBe(true);
  });

  it('does not match a different story on the same topic', () => {
    const s = sign(SAME_TOPIC_STORY);
    expect(similarity(original.minhash, s.minhash)).toBeLessThan(0.2);
    expect(isCopy(original, s)).toBe(false);
    expect(sharesBand(original.bands, s.bands)).toBe(false);
  });

  it('is deterministic and has one key per band', () => {
    const again = sign(WIRE_STORY);
    expect([...again.minhash]).toEqual([...original.minhash]);
    expect(again.bands).toHaveLength(BANDS);
    expect(new Set(again.bands.map((k) => k.split(':')[0])).size).toBe(BANDS);
  });

  it('leaves bodies too short to compare unsigned', () => {
    expect(signDocument('Short item.\n\nPutin met Macron in Paris on Monday.')).toBeNull();
  });

  it.each([
    ['front-matter', 'title: A\ndate: 2026-01-01\n\nThe text.', 'The text.'],
    ['headline line', 'A headline without a stop\nThe text.', 'The text.'],
    ['dateline', 'LONDON (Reuters) - The text.', 'The text.'],
    ['dateline with date', 'WASHINGTON, Dec 7 (AP) \u2014 The text.', 'The text.'],
    ['boilerplate', 'The text.\n(Reporting by A; Editing by B)\nAll rights reserved.', 'The text.'],
    ['later capitals kept', 'The text.\nNATO - said so.', 'The text.\nNATO - said so.'],
  ])('storyBody strips %s', (_name, text, body) => {
    expect(storyBody(text)).toBe(body);
  });

  it('round-trips the signature through its text form', () => {
    const back = decodeSignature(encodeSignature(original));
    expect(back?.shingles).toBe(original.shingles);
    expect([...(back?.minhash ?? [])]).toEqual([...original.minhash]);
    expect(decodeSignature('12:bm90IGEgc2lnbmF0dXJl')).toBeNull();
    expect(decodeSignature('x')).toBeNull();
  });
});
