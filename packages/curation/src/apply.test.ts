import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema, type CorrectionInput } from '@kg/schema';
import { applyCorrections } from './apply';
import { MERGE_ERDO, record, REJECT_SUPPORT, RESULT, TEXT, TEXTS } from './test-fixture';

const apply = (...inputs: CorrectionInput[]) => {
  const out = applyCorrections(
    structuredClone(RESULT),
    inputs.map((i) => record(i)),
    TEXTS,
  );
  return ExtractionResultSchema.parse(out);
};
const ids = (r: { id: string }[]) => r.map((x) => x.id).sort();

describe('applyCorrections', () => {
  it('should merge: survivor keeps both aliases and mentions, relations re-keyed', () => {
    const out = apply(MERGE_ERDO);
    expect(ids(out.entities)).toEqual(['GBR', 'SWE', 'recep-erdogan']);
    const erdogan = out.entities.find((e) => e.id === 'recep-erdogan')!;
    expect(erdogan.aliases).toEqual(['Erdo']);
    expect(erdogan.mentions.map((m) => m.text)).toEqual(['Recep Erdogan', 'Erdo']);
    expect(ids(out.relations)).toEqual([
      'GBR__SUPPORTS__SWE',
      'recep-erdogan__CONSULTS__GBR',
      'recep-erdogan__CRITICIZES__SWE',
    ]);
  });

  it("should create a survivor missing from the batch with the survivor's type", () => {
    const withoutSurvivor = structuredClone(RESULT);
    withoutSurvivor.entities = withoutSurvivor.entities.filter((e) => e.id !== 'recep-erdogan');
    withoutSurvivor.relations = withoutSurvivor.relations.filter(
      (r) => r.source !== 'recep-erdogan',
    );
    const merge = {
      ...MERGE_ERDO,
      survivor: { id: 'recep-erdogan', name: 'Recep Erdogan', type: 'Person' as const },
    };
    const out = applyCorrections(withoutSurvivor, [record(merge)], TEXTS);
    expect(out.entities.find((e) => e.id === 'recep-erdogan')).toMatchObject({
      name: 'Recep Erdogan',
      type: 'Person',
      aliases: ['Erdo'],
    });
  });

  it('should drop self-loops and fold duplicates a merge makes, evidence unioned', () => {
    const out = apply(
      {
        kind: 'merge',
        survivor: { id: 'SWE', name: 'Sweden' },
        merged: [{ id: 'GBR', name: 'UK' }],
      },
      {
        kind: 'merge',
        survivor: { id: 'recep-erdogan', name: 'R' },
        merged: [{ id: 'erdo', name: 'Erdo' }],
      },
    );
    expect(ids(out.relations)).toEqual([
      'recep-erdogan__CONSULTS__SWE',
      'recep-erdogan__CRITICIZES__SWE',
    ]);
    const doubled = apply(
      {
        kind: 'merge',
        survivor: { id: 'recep-erdogan', name: 'R' },
        merged: [{ id: 'erdo', name: 'E' }],
      },
      {
        kind: 'add',
        relation: { source: 'recep-erdogan', type: 'CRITICIZES', target: 'SWE', negated: false },
        evidence: { docId: 'd1', start: 0, end: 5 },
      },
    );
    const criticizes = doubled.relations.find((r) => r.id === 'recep-erdogan__CRITICIZES__SWE')!;
    expect(criticizes.evidence).toHaveLength(1);
    expect(criticizes.confidence).toBe(1);
  });

  it.each<[string, CorrectionInput, (out: ReturnType<typeof apply>) => void]>([
    [
      'rename keeps the old name as an alias',
      { kind: 'rename', actor: { id: 'erdo', name: 'Erdo' }, name: 'Erdogan' },
      (out) =>
        expect(out.entities.find((e) => e.id === 'erdo')).toMatchObject({
          name: 'Erdogan',
          aliases: ['Erdo'],
        }),
    ],
    [
      'retype changes the type',
      { kind: 'retype', actor: { id: 'erdo', name: 'Erdo' }, type: 'Person' },
      (out) => expect(out.entities.find((e) => e.id === 'erdo')?.type).toBe('Person'),
    ],
    [
      'reject drops the relation',
      REJECT_SUPPORT,
      (out) => expect(ids(out.relations)).not.toContain('GBR__SUPPORTS__SWE'),
    ],
    [
      'confirm changes nothing',
      { kind: 'confirm', relation: { source: 'GBR', type: 'SUPPORTS', target: 'SWE' } },
      (out) => expect(out).toEqual(RESULT),
    ],
  ])('should apply a correction: %s', (_what, input, check) => check(apply(input)));

  it('should split an alias off with its mentions and the relations they carry', () => {
    const out = apply({
      kind: 'split',
      actor: { id: 'GBR', name: 'United Kingdom' },
      alias: 'Boris Johnson',
      into: { name: 'Boris Johnson', type: 'Person' },
    });
    const uk = out.entities.find((e) => e.id === 'GBR')!;
    expect(uk.aliases).toEqual([]);
    expect(uk.mentions.map((m) => m.text)).toEqual(['United Kingdom']);
    expect(out.entities.find((e) => e.id === 'boris-johnson')).toMatchObject({
      name: 'Boris Johnson',
      type: 'Person',
      mentions: [{ text: 'Boris Johnson' }],
    });
    expect(ids(out.relations)).toEqual([
      'GBR__SUPPORTS__SWE',
      'erdo__CRITICIZES__SWE',
      'recep-erdogan__CONSULTS__boris-johnson',
    ]);
  });

  it('should add a relation from a selected span, with its sentence and highlights', () => {
    const sentence = 'Erdo criticized Sweden on Monday.';
    const out = apply({
      kind: 'add',
      relation: { source: 'SWE', type: 'THREATENS', target: 'erdo', negated: false },
      evidence: { docId: 'd1', start: 0, end: sentence.length },
    });
    const added = out.relations.find((r) => r.id === 'SWE__THREATENS__erdo')!;
    expect(added).toMatchObject({ confidence: 1, modality: 'asserted', date: '2022-05-16' });
    expect(added.evidence).toEqual([
      {
        docId: 'd1',
        sentence: 0,
        start: 0,
        end: sentence.length,
        text: sentence,
        date: '2022-05-16',
        highlights: [
          { start: 0, end: 4, role: 'target' },
          { start: TEXT.indexOf('Sweden'), end: TEXT.indexOf('Sweden') + 6, role: 'source' },
        ],
      },
    ]);
  });

  it.each<[string, CorrectionInput]>([
    [
      'its document is not in the batch',
      {
        kind: 'add',
        relation: { source: 'SWE', type: 'THREATENS', target: 'erdo', negated: false },
        evidence: { docId: 'd2', start: 0, end: 4 },
      },
    ],
    [
      'an actor is not in the batch',
      {
        kind: 'add',
        relation: { source: 'SWE', type: 'THREATENS', target: 'nobody', negated: false },
        evidence: { docId: 'd1', start: 0, end: 4 },
      },
    ],
    [
      'the span is past the text',
      {
        kind: 'add',
        relation: { source: 'SWE', type: 'THREATENS', target: 'erdo', negated: false },
        evidence: { docId: 'd1', start: 0, end: 9999 },
      },
    ],
    [
      'the actor is not in the batch',
      { kind: 'rename', actor: { id: 'nobody', name: 'N' }, name: 'M' },
    ],
  ])('should leave the extraction as it is when %s', (_what, input) => {
    expect(apply(input)).toEqual(RESULT);
  });

  it('should apply in log order and never change its input', () => {
    const input = structuredClone(RESULT);
    const records = [
      MERGE_ERDO,
      {
        kind: 'rename',
        actor: { id: 'recep-erdogan', name: 'R' },
        name: 'Recep Tayyip Erdogan',
      } as const,
    ].map((i) => record(i));
    const out = applyCorrections(input, records, TEXTS);
    expect(input).toEqual(RESULT);
    expect(out.entities.find((e) => e.id === 'recep-erdogan')).toMatchObject({
      name: 'Recep Tayyip Erdogan',
      aliases: ['Recep Erdogan', 'Erdo'],
    });
  });
});
