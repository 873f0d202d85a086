import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { conlluArticle } from './conllu-article';
import { GoldSchema } from './gold-schema';
import { normaliseName } from './normalise-name';

// Blind gold of GUM's Wikinews documents (CoNLL-U in ../shared): a test-only set.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SHARED = process.env.KG_SHARED_DIR || join(ROOT, '../shared');
const DIR = join(ROOT, 'data/eval-gum-news');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();
/** Documents that are the same articles as data/eval-wikinews files (not fresh text). */
const ALREADY_ANNOTATED = ['asylum', 'election', 'korea', 'questionnaire'];

describe('GUM news gold', () => {
  it('should hold the fresh documents only', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    const names = files.map((f) => basename(f, '.gold.json'));
    expect(names.filter((n) => ALREADY_ANNOTATED.includes(n))).toEqual([]);
  });

  describe.each(files)('%s', (file) => {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    const conllu = join(SHARED, gold.doc.slice('shared:'.length));

    it('should name its GUM document and use catalogue relation types only', () => {
      expect(gold.doc).toBe(`shared:datasets/gum/GUM_news_${basename(file, '.gold.json')}.conllu`);
      const types = new Set(gold.relations.flatMap((r) => r.types));
      const extra = [...types].filter((t) => !(RELATION_TYPES as readonly string[]).includes(t));
      expect(extra.filter((t) => t !== 'RELATED_TO')).toEqual([]);
    });

    it.skipIf(!existsSync(conllu))('should carry its date and name what its text says', () => {
      const raw = readFileSync(conllu, 'utf8');
      expect(raw).toContain(`# meta::dateCreated = ${gold.date}`);
      const text = normaliseName(conlluArticle(raw, gold.date!));
      const absent = gold.entities
        .filter((e) => e.required)
        .filter((e) => !e.names.some((n) => text.includes(normaliseName(n))));
      expect(absent.map((e) => e.id)).toEqual([]);
    });
  });
});
