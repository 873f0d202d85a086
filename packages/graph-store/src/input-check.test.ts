import { describe, expect, it } from 'vitest';
import { DocumentTextSchema, ExtractionResultSchema } from '@kg/schema';
import { worldFixture } from './contract/fixtures';
import { isValidDocumentText, isValidExtraction } from './input-check';

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'VLT',
  'has space',
  'a'.repeat(201),
  'SANCTIONS',
  'name',
  'asserted',
  'source',
  '2022-02-24',
  '2022-02-30',
  '2022-2-4',
  -1,
  0,
  0.5,
  1,
  1.5,
  4,
  5,
  NaN,
  Infinity,
  2 ** 60,
  true,
  [],
  {},
];

/** Every path to a value inside `v` (object keys and array indexes). */
function paths(v: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v !== 'object' || v === null) return [at];
  const out: Array<Array<string | number>> = [at];
  for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, Array.isArray(v) ? +k : k]));
  return out;
}

function withValue(root: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]] = value;
  return copy;
}

describe('input-check', () => {
  describe('isValidExtraction', () => {
    it('should accept a valid extraction', () => {
      expect(isValidExtraction(worldFixture().result)).toBe(true);
    });

    it('should agree with ExtractionResultSchema on every single-field change', () => {
      const { result } = worldFixture();
      const wrong: string[] = [];
      for (const path of paths(result).filter((p) => p.length)) {
        for (const value of ODD_VALUES) {
          const input = withValue(result, path, value);
          const zod = ExtractionResultSchema.safeParse(input).success;
          if (isValidExtraction(input) !== zod) wrong.push(`${path.join('.')} = ${String(value)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('should refuse non-objects and missing lists', () => {
      for (const v of [null, [], 'x', { documents: [], entities: [] }])
        expect(isValidExtraction(v)).toBe(false);
    });
  });

  describe('isValidDocumentText', () => {
    it('should agree with DocumentTextSchema', () => {
      const text = { id: 'd', text: 't', title: 'T', date: '2022-02-24', source: 's' };
      for (const key of Object.keys(text)) {
        for (const value of ODD_VALUES) {
          const input = { ...text, [key]: value };
          expect(isValidDocumentText(input), `${key} = ${String(value)}`).toBe(
            DocumentTextSchema.safeParse(input).success,
          );
        }
      }
    });
  });
});
