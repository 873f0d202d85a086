import { describe, expect, it } from 'vitest';
import { LEGEND_W, frameLayout, reportLines, type ReportMeta } from './report-layout';

const meta = (n: number): ReportMeta => ({
  actors: 5,
  relations: 7,
  dateRange: { from: '2022-02-18', to: '2022-04-07' },
  sources: Array.from({ length: n }, (_, i) => ({
    id: `doc-${i}`,
    title: i % 2 ? `Title ${i}` : undefined,
    date: i === 0 ? undefined : '2022-03-02',
  })),
});

describe('report-layout', () => {
  describe('#reportLines', () => {
    it('should give counts, the date range and sources, titles or else ids', () => {
      expect(reportLines(meta(2), 800).map((l) => l.text)).toEqual([
        '5 actors · 7 relations dated 2022-02-18 – 2022-04-07',
        'Sources (2)',
        '• doc-0',
        '• Title 1 (2022-03-02)',
      ]);
    });

    it('should cap the list and say how many more documents there are', () => {
      const lines = reportLines(meta(20), 800);
      expect(lines).toHaveLength(2 + 8);
      expect(lines.at(-1)?.text).toBe('… and 13 more documents');
    });

    it('should clip long lines to the width', () => {
      const long = { ...meta(1), sources: [{ id: 'x'.repeat(500) }] };
      expect(reportLines(long, 300).every((l) => l.text.length <= 50)).toBe(true);
    });
  });

  describe('#frameLayout', () => {
    it('should put a header above and the legend beside the sources below the graph', () => {
      const F = frameLayout({
        width: 1000,
        graphHeight: 600,
        title: 'T',
        caption: 'C',
        legendItems: 4,
        lines: 6,
      });
      expect(F.graphTop).toBe(66);
      expect(F.footerTop).toBe(666);
      expect(F.text.x).toBeGreaterThan(LEGEND_W);
      expect(F.height).toBe(666 + 6 * 16 + 24);
    });

    it('should stack legend and sources when narrow, and add nothing when empty', () => {
      const F = frameLayout({ width: 400, graphHeight: 300, legendItems: 2, lines: 3 });
      expect(F.text.x).toBe(12);
      expect(F.text.y).toBeGreaterThan(F.legend.y + F.legend.h);
      const bare = frameLayout({ width: 400, graphHeight: 300, legendItems: 0, lines: 0 });
      expect([bare.graphTop, bare.height]).toEqual([0, 300]);
    });
  });
});
