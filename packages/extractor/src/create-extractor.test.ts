import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExtractionResultSchema } from '@kg/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from './create-extractor';
import { GoldSchema, scoreExtraction } from './eval';
import type { Extractor } from './public-types';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const SAMPLE_FILE = `${CORPUS}belarus-2022-04-07.txt`;
// The shared sample sits beside the repository (CI has it); without it these tests are skipped.
const SAMPLE = existsSync(SAMPLE_FILE) ? readFileSync(SAMPLE_FILE, 'utf8') : '';

describe.runIf(SAMPLE !== '')('create-extractor', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  describe('#extract', () => {
    it('should return a valid ExtractionResult whose offsets index the text as given', () => {
      const { result, texts, failures } = extractor.extract([{ text: SAMPLE, id: 'sample' }]);
      expect(failures).toEqual([]);
      expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
      expect(texts[0]!.text).toBe(SAMPLE);
      for (const e of result.entities) {
        for (const m of e.mentions) expect(SAMPLE.slice(m.start, m.end)).toBe(m.text);
      }
      for (const r of result.relations) {
        for (const ev of r.evidence) {
          expect(SAMPLE.slice(ev.start, ev.end)).toBe(ev.text);
          for (const h of ev.highlights ?? []) expect(h.start).toBeGreaterThanOrEqual(0);
        }
      }
    });

    it('should find the skeleton actors and edges of the sample, each with its sentence', () => {
      const { result } = extractor.extract([{ text: SAMPLE, id: 'sample' }]);
      const names = result.entities.map((e) => e.name);
      for (const n of [
        'Alexander Lukashenko',
        'Vladimir Putin',
        'Vladimir Makei',
        'Belarus',
        'Russia',
        'Ukraine',
        'European Union',
        'United States',
      ]) {
        expect(names).toContain(n);
      }
      expect(result.entities.find((e) => /belta/i.test(e.name))?.type).toBe('Organization');
      expect(
        result.entities.find((e) => e.type === 'Event' && /protests/.test(e.name)),
      ).toBeDefined();
      const edge = (s: string, type: string, t: string) =>
        result.relations.find(
          (r) => r.source === s && r.type === type && r.target === t && !r.negated,
        );
      const sanctionsEu = edge('eu', 'SANCTIONS', 'BLR');
      expect(sanctionsEu?.evidence[0]?.text).toMatch(
        /^However, the European Union, the United States/,
      );
      expect(sanctionsEu).toMatchObject({ cameo: '163', quadClass: 4, modality: 'asserted' });
      expect(edge('USA', 'SANCTIONS', 'BLR')).toBeDefined();
      expect(edge('RUS', 'SUPPORTS', 'BLR')?.evidence[0]?.text).toMatch(/relies heavily on Russia/);
      const role = result.relations.find(
        (r) => r.type === 'HOLDS_ROLE' && r.target === 'BLR' && /lukashenko/.test(r.source),
      );
      expect(role?.role).toBe('President');
      expect(edge('RUS', 'ATTACKS', 'UKR')?.date).toBe('2022-02-24');
    });

    it('should mark negation and modality', () => {
      const { result } = extractor.extract([{ text: SAMPLE, id: 'sample' }]);
      const talks = result.relations.find((r) => r.type === 'CONSULTS');
      expect(talks?.modality).toBe('expected');
      expect(result.relations.some((r) => r.type === 'PARTICIPATES_IN' && r.negated)).toBe(true);
    });

    it('should reach the targets on the sample with the eval scorer', () => {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(`${CORPUS}seed-gold.json`, 'utf8')));
      const report = scoreExtraction(gold, extractor.extract([{ text: SAMPLE }]).result);
      expect(report.entities.scores.f1).toBeGreaterThanOrEqual(0.95);
      expect(report.relations.scores.f1).toBeGreaterThanOrEqual(0.85);
    });

    it('should merge actors across documents under one canonical id', () => {
      const { result } = extractor.extract([
        {
          text: 'Belarus President Alexander Lukashenko met Russian President Vladimir Putin in Sochi.',
          id: 'a',
        },
        { text: 'Lukashenko criticised Poland.', id: 'b' },
      ]);
      const luk = result.entities.filter((e) => /Lukashenko/.test(e.name));
      expect(luk).toHaveLength(1);
      expect(new Set(luk[0]!.mentions.map((m) => m.docId))).toEqual(new Set(['a', 'b']));
      expect(result.documents.map((d) => d.id)).toEqual(['a', 'b']);
    });

    it('should report a bad document as a failure and go on', () => {
      const out = extractor.extract([
        { text: 'x', date: 'someday', origin: 'bad.jsonl:2' },
        { text: 'Russia attacked Ukraine.', id: 'ok' },
      ]);
      expect(out.failures).toEqual([
        { origin: 'bad.jsonl:2', message: expect.stringMatching(/^@kg\/extractor\/intake: /) },
      ]);
      expect(out.result.documents).toHaveLength(1);
    });
  });
});
