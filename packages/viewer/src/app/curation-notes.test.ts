import type { CorrectionRecord } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import {
  correctionStatuses,
  describeCorrection,
  parseRelationId,
  reasonLabel,
  rejectedAround,
  shortTime,
} from './curation-notes';
import type { CorrectionsResponse } from './schema/corrections';

const env = (id: string) => ({ v: 1 as const, id, at: '2026-12-08T01:02:03.000Z', author: 'ana' });
const erdo = { id: 'erdo', name: 'Erdo' };
const erdogan = { id: 'erdogan', name: 'Recep Tayyip Erdoğan' };
const rel = { source: 'reuters', type: 'DEMANDS' as const, target: 'gavrilita' };
const records: CorrectionRecord[] = [
  { ...env('c-aaaaaa-1'), kind: 'merge', survivor: erdogan, merged: [erdo] },
  { ...env('c-aaaaaa-2'), kind: 'reject', relation: rel, reason: 'wrong-actor' },
  { ...env('c-aaaaaa-3'), kind: 'undo', target: 'c-aaaaaa-2' },
  { ...env('c-aaaaaa-4'), kind: 'rename', actor: erdo, name: 'Erdoğan' },
  { ...env('c-aaaaaa-5'), kind: 'confirm', relation: rel },
];

describe('curation-notes', () => {
  describe('#describeCorrection', () => {
    const byId = (id: string) => records.find((r) => r.id === id);
    it.each([
      [0, 'Merged Erdo into Recep Tayyip Erdoğan'],
      [1, 'Rejected reuters —DEMANDS→ gavrilita: wrong actor'],
      [2, 'Undid rejected reuters —DEMANDS→ gavrilita: wrong actor'],
      [3, 'Renamed Erdo to Erdoğan'],
      [4, 'Confirmed reuters —DEMANDS→ gavrilita'],
    ])('should describe record %i as "%s"', (i, text) => {
      expect(describeCorrection(records[i], byId)).toBe(text);
    });

    it('should name the actors it knows', () => {
      const names: Record<string, string> = { reuters: 'Reuters', gavrilita: 'Natalia Gavrilita' };
      expect(describeCorrection(records[4], undefined, (id) => names[id])).toBe(
        'Confirmed Reuters —DEMANDS→ Natalia Gavrilita',
      );
    });

    it('should describe split, retype and add', () => {
      const split = {
        ...env('c-aaaaaa-6'),
        kind: 'split' as const,
        actor: { id: 'GBR', name: 'United Kingdom' },
        alias: 'Boris Johnson',
        into: { name: 'Boris Johnson', type: 'Person' as const },
      };
      expect(describeCorrection(split)).toBe(
        'Split alias “Boris Johnson” off United Kingdom into Boris Johnson (Person)',
      );
      expect(
        describeCorrection({ ...env('c-b'), kind: 'retype', actor: erdo, type: 'Person' }),
      ).toBe('Changed the type of Erdo to Person');
      const add = {
        ...env('c-c'),
        kind: 'add' as const,
        relation: { ...rel, negated: true },
        evidence: { docId: 'd1', start: 0, end: 4 },
      };
      expect(describeCorrection(add)).toBe('Added reuters —DEMANDS→ gavrilita (negated)');
    });
  });

  describe('#correctionStatuses', () => {
    it('should tell active, undone, stale and undo records apart', () => {
      const log = {
        records,
        active: ['c-aaaaaa-1', 'c-aaaaaa-5'],
        notes: { entities: {}, relations: {} },
      };
      expect([...correctionStatuses(log).values()]).toEqual([
        'active',
        'undone',
        'undo',
        'stale',
        'active',
      ]);
    });
  });

  describe('#parseRelationId', () => {
    it.each([
      ['RUS__SUPPORTS__BLR', { source: 'RUS', type: 'SUPPORTS', target: 'BLR' }],
      ['a_b__HOLDS_ROLE__c', { source: 'a_b', type: 'HOLDS_ROLE', target: 'c' }],
      ['nonsense', undefined],
    ])('should parse %s', (id, want) => {
      expect(parseRelationId(id)).toEqual(want);
    });
  });

  describe('#rejectedAround', () => {
    it('should list the rejected relations of either endpoint only', () => {
      const note = {
        correction: 'c-2',
        kind: 'rejected' as const,
        text: 'rejected: wrong actor (ana)',
        by: 'ana',
        at: 'x',
      };
      const notes: CorrectionsResponse['notes'] = {
        entities: {},
        relations: {
          reuters__DEMANDS__gavrilita: [note],
          x__SUPPORTS__y: [note],
          reuters__CONSULTS__z: [{ ...note, kind: 'confirmed', text: 'confirmed by ana' }],
        },
      };
      expect(rejectedAround(notes, 'gavrilita').map((x) => x.relation)).toEqual([
        'reuters__DEMANDS__gavrilita',
      ]);
      expect(rejectedAround(notes, 'reuters')).toHaveLength(1);
      expect(rejectedAround(notes, 'nobody')).toEqual([]);
    });
  });

  it('should label reasons and times for people', () => {
    expect(reasonLabel('negated-or-hypothetical')).toBe('negated or hypothetical');
    expect(shortTime('2026-12-08T01:02:03.000Z')).toBe('2026-12-08 01:02');
  });
});
