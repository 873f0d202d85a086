import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { GoldSchema } from './gold-schema';
import { normaliseName } from './normalise-name';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const EVAL_DIR = join(ROOT, 'data/eval');
const HOLDOUT_DIR = join(ROOT, 'data/eval-holdout');
const SEED_GOLD = join(ROOT, '../shared/corpus/seed-gold.json');

const goldFilesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(dir, f));
const evalGoldFiles = goldFilesIn(EVAL_DIR);
const holdoutGoldFiles = goldFilesIn(HOLDOUT_DIR);

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

  it('should have at least 6 held-out articles, none of them also in data/eval', () => {
    expect(holdoutGoldFiles.length).toBeGreaterThanOrEqual(6);
    const names = new Set(evalGoldFiles.map((f) => basename(f)));
    expect(holdoutGoldFiles.map((f) => basename(f)).filter((f) => names.has(f))).toEqual([]);
  });

  it('should not share an article text between data/eval and data/eval-holdout', () => {
    const texts = new Set(evalGoldFiles.map((f) => load(f).text));
    expect(holdoutGoldFiles.filter((f) => texts.has(load(f).text)).map((f) => basename(f))).toEqual(
      [],
    );
  });

  const cases = [...evalGoldFiles, ...holdoutGoldFiles].map((f) => [
    `${basename(dirname(f))}/${basename(f)}`,
    f,
  ]);
  describe.each(cases)('%s', (_name, file) => {
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
