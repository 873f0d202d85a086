import { describe, expect, it } from 'vitest';
import {
  addChange,
  backoffMs,
  describeChanges,
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
