import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { GoldSchema } from './gold-schema';
import { normaliseName } from './normalise-name';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const EVAL_DIR = join(ROOT, 'data/eval');
const SEED_GOLD = join(ROOT, '../shared/corpus/seed-gold.json');

const evalGoldFiles = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => join(EVAL_DIR, f));

function load(file: string) {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { gold, text: readFileSync(join(dirname(file), gold.doc), 'utf8') };
}

/** Text in name form, padded so that a name can be looked up as a whole phrase. */
const inText = (text: string) => ` ${normaliseName(text)} `;

describe('gold-files', () => {
  it('should have at least 8 annotated evaluation articles', () => {
    expect(evalGoldFiles.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(evalGoldFiles.map((f) => [basename(f), f]))('%s', (_name, file) => {
    const { gold, text } = load(file);

    it('should annotate its article and carry its date', () => {
      expect(gold.doc).toBe(basename(file).replace('.gold.json', '.txt'));
      expect(text.split('\n')[0]).toBe(`date ${gold.date}`);
    });

    it('should be 200-400 words long', () => {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(200);
      expect(words).toBeLessThanOrEqual(400);
    });

    it('should use only catalogue relation types', () => {
      const types = new Set(gold.relations.flatMap((r) => r.types));
      expect([...types].filter((t) => !(RELATION_TYPES as readonly string[]).includes(t))).toEqual(
        [],
      );
    });

    it('should name every entity the way the text does (countries may appear as demonyms)', () => {
      const normalised = inText(text);
      const absent = gold.entities
        .filter((e) => e.type !== 'Country')
        .filter((e) => !e.names.some((n) => normalised.includes(` ${normaliseName(n)} `)))
        .map((e) => e.id);
      expect(absent).toEqual([]);
    });

    it('should give every required relation a required actor at each end', () => {
      const required = new Set(gold.entities.filter((e) => e.required).map((e) => e.id));
      const weak = gold.relations
        .filter((r) => r.required)
        .filter(
          (r) =>
            !r.source.some((id) => required.has(id)) || !r.target.some((id) => required.has(id)),
        )
        .map((r) => r.id);
      expect(weak).toEqual([]);
    });

    it('should put every required entity in some relation', () => {
      const used = new Set(gold.relations.flatMap((r) => [...r.source, ...r.target]));
      const unused = gold.entities.filter((e) => e.required && !used.has(e.id)).map((e) => e.id);
      expect(unused).toEqual([]);
    });
  });

  it.skipIf(!existsSync(SEED_GOLD))('should accept the sample annotation', () => {
    const { gold, text } = load(SEED_GOLD);
    expect(gold.entities.length).toBeGreaterThan(0);
    // the sample text begins with a space before its date header
    expect(text.trimStart().startsWith(`date ${gold.date}`)).toBe(true);
  });
});
