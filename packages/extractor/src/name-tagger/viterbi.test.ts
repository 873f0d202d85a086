import { describe, expect, it } from 'vitest';
import { MODEL_TAGS, TAG_COUNT, tagIndex } from './name-tags';
import { TRANSITION_SIZE, viterbiDecode } from './viterbi';

/** Emissions that prefer one tag per token by a margin. */
function emissionsFor(preferred: string[]): Float64Array {
  const e = new Float64Array(preferred.length * TAG_COUNT);
  preferred.forEach((tag, i) => (e[i * TAG_COUNT + tagIndex(tag)] = 5));
  return e;
}

function decode(preferred: string[], transitions = new Float64Array(TRANSITION_SIZE)): string[] {
  const out = new Int32Array(preferred.length);
  viterbiDecode(emissionsFor(preferred), preferred.length, transitions, out);
  return Array.from(out, (t) => MODEL_TAGS[t]!);
}

describe('viterbi', () => {
  describe('#viterbiDecode', () => {
    it('should follow the emissions when they form valid BIO', () => {
      expect(decode(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
    });

    it.each([[['O', 'I-ORG']], [['I-LOC', 'O']], [['B-PER', 'I-LOC']]])(
      'should never put an I- tag after O, another type or the start (%j)',
      (preferred) => {
        const tags = decode(preferred);
        tags.forEach((tag, i) => {
          if (!tag.startsWith('I-')) return;
          expect(i).toBeGreaterThan(0);
          expect(tags[i - 1]!.slice(2)).toBe(tag.slice(2));
        });
      },
    );

    it('should let transitions outweigh a weak emission', () => {
      const transitions = new Float64Array(TRANSITION_SIZE);
      transitions[tagIndex('B-PER') * TAG_COUNT + tagIndex('I-PER')] = 20;
      expect(decode(['B-PER', 'O'], transitions)).toEqual(['B-PER', 'I-PER']);
    });
  });
});
