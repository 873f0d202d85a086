import { describe, expect, it } from 'vitest';
import {
  addChange,
  backoffMs,
  describeChanges,
  expectOwnCorrection,
  forgetOwnCorrection,
  isOwnEcho,
  noChanges,
  type GraphChangedEvent,
} from './live-events';

const ev = (reason: GraphChangedEvent['reason'], documents: number, relations = 0) => ({
  reason,
  documents,
  relations,
  version: 1,
  at: '2024-01-01T00:00:00.000Z',
});

describe('live-events', () => {
  describe('#describeChanges', () => {
    it.each([
      [[], ''],
      [[ev('ingest', 1, 4)], 'The graph changed: 1 new document'],
      [[ev('ingest', 2), ev('ingest', 1)], 'The graph changed: 3 new documents'],
      [
        [ev('ingest', 2), ev('delete', 1)],
        'The graph changed: 2 new documents, 1 document deleted',
      ],
      [[ev('corrections', 0), ev('corrections', 1)], 'The graph changed: 2 corrections'],
    ])('should describe %j as "%s"', (events, text) => {
      expect(describeChanges(events.reduce(addChange, noChanges()))).toBe(text);
    });

    it('should say a restarted server may have changed the graph', () => {
      expect(describeChanges({ ...noChanges(), restarted: true })).toMatch(/restarted/);
    });
  });

  describe('#isOwnEcho', () => {
    const correction = {
      version: 2,
      documents: 1,
      relations: 3,
      reason: 'corrections',
      at: '',
    } as const;
    it('should skip the echo of each correction this tab made, and only those', () => {
      expect(isOwnEcho(correction)).toBe(false);
      expectOwnCorrection();
      expectOwnCorrection();
      expect(isOwnEcho({ ...correction, reason: 'ingest' })).toBe(false);
      expect(isOwnEcho(correction)).toBe(true);
      forgetOwnCorrection(); // the second request failed: no echo will come
      expect(isOwnEcho(correction)).toBe(false);
    });
  });

  describe('#backoffMs', () => {
    it.each([
      [0, 1000],
      [1, 2000],
      [4, 16_000],
      [5, 30_000],
      [50, 30_000],
    ])('should wait after attempt %i: %i ms', (n, ms) => {
      expect(backoffMs(n)).toBe(ms);
    });
  });
});
