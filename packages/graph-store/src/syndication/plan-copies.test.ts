import { describe, expect, it } from 'vitest';
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { batchBands, planCopies, signBatch, type Candidate } from './plan-copies';
import { encodeSignature, signDocument } from './near-duplicate';
import { SAME_TOPIC_STORY, WIRE_COPIES, WIRE_STORY } from './story-fixtures';

const docs: Array<[string, { text: string; title?: string }]> = [
  ['a', WIRE_STORY],
  ['b', WIRE_COPIES[0]],
  ['c', SAME_TOPIC_STORY],
  ['d', { text: 'Too short to compare.' }],
];
const texts: DocumentText[] = docs.map(([id, d]) => ({ id, text: d.text, title: d.title }));
const mention = (docId: string) => ({
  docId,
  start: 0,
  end: 7,
  text: 'Finland',
  kind: 'name' as const,
});
const result: ExtractionResult = {
  documents: docs.map(([id]) => ({ id, sentences: 1 })),
  entities: [
    {
      id: 'FIN',
      name: 'Finland',
      type: 'Country',
      aliases: [],
      mentions: ['a', 'b', 'c'].map(mention),
    },
    { id: 'copy-only', name: 'Copy', type: 'Group', aliases: [], mentions: [mention('b')] },
  ],
  relations: ['a', 'b'].map((docId) => ({
    id: `r-${docId}`,
    source: 'FIN',
    target: 'FIN',
    type: 'COOPERATES_MATERIALLY' as const,
    negated: false,
    modality: 'asserted' as const,
    confidence: 0.8,
    evidence: [{ docId, sentence: 0, start: 0, end: 7, text: 'Finland' }],
  })),
};

describe('planCopies', () => {
  const signed = signBatch(result, texts);

  it('should make a later near-duplicate of the batch a copy and drop its content', () => {
    const plan = planCopies(result, signed, new Map());
    expect(plan.copies).toBe(1);
    expect(plan.entries.map((e) => [e.id, e.copyOf, e.bands?.length])).toEqual([
      ['a', undefined, 32],
      ['b', 'a', undefined],
      ['c', undefined, 32],
      ['d', undefined, undefined],
    ]);
    expect(plan.result.documents).toHaveLength(4);
    expect(plan.result.relations.map((r) => r.id)).toEqual(['r-a']);
    expect(plan.result.entities.map((e) => [e.id, e.mentions.map((m) => m.docId)])).toEqual([
      ['FIN', ['a', 'c']],
    ]);
  });

  it('should link to a stored report found through its bands, never to itself', () => {
    const stored = signDocument(WIRE_STORY.text, WIRE_STORY.title);
    if (!stored) throw new Error('expected a signature');
    const candidate: Candidate = { id: 'stored', minhash: encodeSignature(stored) };
    const bands = new Map(batchBands(signed).map((k) => [k, [candidate]]));
    const plan = planCopies(result, signed, bands);
    expect(plan.entries.slice(0, 2).map((e) => e.copyOf)).toEqual(['stored', 'stored']);
    const self = new Map(batchBands(signed).map((k) => [k, [{ ...candidate, id: 'a' }]]));
    expect(planCopies(result, signed, self).entries[0].copyOf).toBeUndefined();
  });
});
