import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { GoldSchema } from './gold-schema';

// Gold of real Wikinews articles kept in ../shared (`doc: "shared:..."`), split into dev and a
// test half scored only before and after a change, never tuned on.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SHARED = process.env.KG_SHARED_DIR || join(ROOT, '../shared');
const halves = ['dev', 'test'].map((half) => {
  const dir = join(ROOT, 'data/eval-wikinews', half);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  return { half, files: files.map((f) => join(dir, f)) };
});

describe('wikinews gold', () => {
  it('should have 14 articles in each half and none in both', () => {
    const [dev, test] = halves.map((h) => h.files.map((f) => basename(f)));
    expect(dev).toHaveLength(14);
    expect(test).toHaveLength(14);
    expect(dev.filter((f) => test.includes(f))).toEqual([]);
  });

  const cases = halves.flatMap(({ half, files }) =>
    files.map((f) => [`${half}/${basename(f)}`, f]),
  );
  describe.each(cases)('%s', (_name, file) => {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

    it('should name its shared article and use catalogue relation types only', () => {
      expect(gold.doc).toBe(`shared:datasets/news/wikinews/${basename(file, '.gold.json')}.txt`);
      const types = new Set(gold.relations.flatMap((r) => r.types));
      const extra = [...types].filter((t) => !(RELATION_TYPES as readonly string[]).includes(t));
      expect(extra.filter((t) => t !== 'RELATED_TO')).toEqual([]);
    });

    const article = join(SHARED, gold.doc.slice('shared:'.length));
    it.skipIf(!existsSync(article))('should carry the date of its article', () => {
      expect(readFileSync(article, 'utf8').split('\n')[1]).toBe(`date ${gold.date}`);
    });
  });
});
