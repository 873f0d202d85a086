import { EvidenceSearchQuerySchema } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { groupEvidenceHits, type EvidenceMatchRow } from './evidence-search';

const row = (over: Partial<EvidenceMatchRow>): EvidenceMatchRow => ({
  relationId: 'a__SUPPORTS__b',
  source: 'a',
  type: 'SUPPORTS',
  target: 'b',
  docId: 'd1',
  sentence: 0,
  text: 'Alpha supports Beta and alpha likes beta.',
  ...over,
});
const query = (q: string, limit = 20) => EvidenceSearchQuerySchema.parse({ q, limit });

describe('groupEvidenceHits', () => {
  it('should give one hit per sentence with each of its relations once', () => {
    const res = groupEvidenceHits(
      [row({}), row({ relationId: 'a__PRAISES__b', type: 'PRAISES' }), row({})],
      query('alpha'),
      new Map([['d1', { title: 'T', date: '2022-01-02' }]]),
    );
    expect(res.results).toHaveLength(1);
    expect(res.results[0].relations.map((r) => r.id)).toEqual(['a__PRAISES__b', 'a__SUPPORTS__b']);
    expect(res.results[0]).toMatchObject({ docTitle: 'T', docDate: '2022-01-02' });
  });

  it.each([
    ['each occurrence, any case', 'alpha', ['Alpha', 'alpha']],
    ['overlapping words merged', 'supp supports', ['supports']],
    ['several words in text order', 'beta alpha', ['Alpha', 'Beta', 'alpha', 'beta']],
  ])('should mark %s', (_label, q, marked) => {
    const hit = groupEvidenceHits([row({})], query(q), new Map()).results[0];
    expect(hit.matches.map((m) => hit.text.slice(m.start, m.end))).toEqual(marked);
  });

  it('should sort newest first (sentence date, else the document date), undated last', () => {
    const res = groupEvidenceHits(
      [
        row({ docId: 'old', date: '2020-01-01' }),
        row({ docId: 'none' }),
        row({ docId: 'doc-dated' }),
        row({ docId: 'new', date: '2023-01-01' }),
      ],
      query('alpha'),
      new Map([['doc-dated', { date: '2021-06-01' }]]),
    );
    expect(res.results.map((r) => r.docId)).toEqual(['new', 'doc-dated', 'old', 'none']);
  });

  it('should cut to the limit and say more match', () => {
    const rows = [0, 1, 2].map((sentence) => row({ sentence }));
    expect(groupEvidenceHits(rows, query('alpha', 2), new Map())).toMatchObject({
      truncated: true,
    });
    expect(groupEvidenceHits(rows, query('alpha', 3), new Map()).truncated).toBe(false);
  });
});

describe('EvidenceSearchQuerySchema', () => {
  it.each([
    ['empty', { q: '  ' }],
    ['too many words', { q: 'a b c d e f g h i' }],
    ['a limit over 100', { q: 'a', limit: '500' }],
  ])('should refuse %s', (_label, input) => {
    expect(EvidenceSearchQuerySchema.safeParse(input).success).toBe(false);
  });
});
