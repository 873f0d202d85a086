import { EvidenceSearchResponseSchema } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { safeParse } from './guard';
import { EvidenceSearchGuard } from './workbench-responses';

const hit = {
  docId: 'd1',
  docTitle: 'T',
  docDate: '2022-02-24',
  sentence: 0,
  text: 'EU sanctions Russia',
  relations: [{ id: 'EU__SANCTIONS__RUS', source: 'EU', type: 'SANCTIONS', target: 'RUS' }],
  matches: [{ start: 3, end: 12 }],
};

describe('EvidenceSearchGuard', () => {
  it.each([
    ['a valid response', { results: [hit], truncated: false }],
    [
      'an unknown relation type',
      {
        results: [{ ...hit, relations: [{ ...hit.relations[0], type: 'HUGS' }] }],
        truncated: false,
      },
    ],
    ['a bad date', { results: [{ ...hit, docDate: '2022-02-30' }], truncated: false }],
    [
      'a negative offset',
      { results: [{ ...hit, matches: [{ start: -1, end: 2 }] }], truncated: false },
    ],
    ['no truncated flag', { results: [] }],
  ])('should judge %s as the zod schema does', (_label, body) => {
    const zod = EvidenceSearchResponseSchema.safeParse(body);
    const mini = safeParse(EvidenceSearchGuard, body);
    expect(mini.success).toBe(zod.success);
    if (zod.success && mini.success) expect(mini.data).toEqual(zod.data);
  });
});
