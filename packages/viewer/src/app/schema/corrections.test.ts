import { CorrectionRecordSchema, CorrectionsResponseSchema } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import {
  CorrectionRecordGuard,
  CorrectionsResponseGuard,
  DocumentRecordGuard,
} from './corrections';
import { safeParse } from './guard';

const env = { v: 1, id: 'c-mf3k2x-4f9a', at: '2026-12-08T01:02:03.000Z', author: 'ana' };
const ref = { id: 'erdo', name: 'Erdo' };
const rel = { source: 'reuters', type: 'DEMANDS', target: 'gavrilita' };
const valid: Array<Record<string, unknown>> = [
  {
    ...env,
    kind: 'merge',
    survivor: { id: 'erdogan', name: 'Erdoğan' },
    merged: [ref],
    why: 'same man',
  },
  {
    ...env,
    kind: 'merge',
    survivor: { id: 'erdogan', name: 'Erdoğan', type: 'Person' },
    merged: [ref],
  },
  { ...env, kind: 'rename', actor: ref, name: ' Erdoğan ' },
  { ...env, kind: 'retype', actor: ref, type: 'Person' },
  {
    ...env,
    kind: 'split',
    actor: ref,
    alias: 'Boris Johnson',
    into: { name: 'Boris Johnson', type: 'Person' },
  },
  { ...env, kind: 'reject', relation: rel, reason: 'wrong-actor' },
  { ...env, kind: 'confirm', relation: rel },
  { ...env, kind: 'add', relation: rel, evidence: { docId: 'd1', start: 3, end: 9 } },
  { ...env, kind: 'undo', target: 'c-mf3k2x-4f9a' },
];
const invalid: Array<Record<string, unknown>> = [
  { ...env, kind: 'merge', survivor: ref, merged: [] },
  { ...env, kind: 'merge', survivor: { ...ref, type: 'Planet' }, merged: [ref] },
  { ...env, kind: 'rename', actor: ref, name: '   ' },
  { ...env, kind: 'retype', actor: ref, type: 'Planet' },
  { ...env, kind: 'reject', relation: rel, reason: 'dislike' },
  { ...env, kind: 'confirm', relation: { ...rel, type: 'LIKES' } },
  { ...env, kind: 'add', relation: rel, evidence: { docId: 'd1', start: 9, end: 9 } },
  { ...env, kind: 'explode' },
  { ...env, id: 'x-1', kind: 'undo', target: 'c-1' },
  { ...env, v: 2, kind: 'undo', target: 'c-1' },
  { ...env, author: '', kind: 'undo', target: 'c-1' },
  { ...env, kind: 'confirm', relation: { ...rel, source: 'bad id!' } },
];

describe('schema/corrections guards', () => {
  it.each(valid.map((r) => [r.kind, r]))(
    'should accept a %s record as zod does, same output',
    (_, r) => {
      const want = CorrectionRecordSchema.parse(r);
      expect(CorrectionRecordGuard(r)).toEqual(want);
    },
  );

  it.each(invalid.map((r, i) => [i, r]))('should reject invalid record %i as zod does', (_, r) => {
    expect(CorrectionRecordSchema.safeParse(r).success).toBe(false);
    expect(safeParse(CorrectionRecordGuard, r).success).toBe(false);
  });

  it('should read the log response with its notes', () => {
    const res = {
      records: valid,
      active: ['c-mf3k2x-4f9a'],
      notes: {
        entities: {
          erdogan: [
            {
              correction: 'c-1',
              kind: 'merged-from',
              text: 'merged from Erdo',
              by: 'ana',
              at: env.at,
            },
          ],
        },
        relations: {
          reuters__DEMANDS__gavrilita: [
            {
              correction: 'c-2',
              kind: 'rejected',
              reason: 'wrong-actor',
              text: 'rejected: wrong actor (ana)',
              by: 'ana',
              at: env.at,
            },
          ],
        },
      },
    };
    expect(CorrectionsResponseGuard(res).notes.entities.erdogan[0].text).toBe('merged from Erdo');
    expect(CorrectionsResponseGuard(res)).toEqual(CorrectionsResponseSchema.parse(res));
    const bad = {
      ...res,
      notes: {
        ...res.notes,
        entities: { x: [{ ...res.notes.entities.erdogan[0], kind: 'eaten' }] },
      },
    };
    expect(safeParse(CorrectionsResponseGuard, bad)).toMatchObject({
      success: false,
      error: { path: 'notes.entities.x.0.kind' },
    });
  });

  it('should read a document with its text', () => {
    expect(
      DocumentRecordGuard({ id: 'd1', sentences: 2, text: 'A. B.', date: '2022-02-24' }).text,
    ).toBe('A. B.');
    expect(safeParse(DocumentRecordGuard, { id: 'd1', sentences: 2 }).success).toBe(false);
  });
});
