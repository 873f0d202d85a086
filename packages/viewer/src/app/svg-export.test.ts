import { describe, expect, it } from 'vitest';
import { buildSvg, escapeXml } from './svg-export';

describe('svg-export', () => {
  describe('#escapeXml', () => {
    it('should escape markup characters', () => {
      expect(escapeXml(`<img src=x onerror="alert(1)">&'`)).toBe(
        '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&apos;',
      );
    });
  });

  describe('#buildSvg', () => {
    it('should draw nodes, edges, escaped labels and the legend', () => {
      const svg = buildSvg({
        width: 200,
        height: 100,
        nodes: [
          { x: 10, y: 10, r: 5, color: '#0072B2', label: '<img src=x onerror=alert(1)>' },
          { x: 90, y: 50, r: 8, color: '#D55E00', label: 'Belarus' },
        ],
        edges: [{ x1: 10, y1: 10, x2: 90, y2: 50, color: '#d7301f', width: 2, curvature: 0.3 }],
        legend: [{ kind: 'node', color: '#0072B2', label: 'Person', count: 1 }],
        title: 'A & B',
      });
      expect(svg.match(/<circle /g)?.length).toBe(3);
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(svg).not.toContain('<img');
      expect(svg).toMatch(
        /<path d="M10,10 Q[^"]+" stroke="#d7301f"[^>]+marker-end="url\(#arrow-0\)"/,
      );
      expect(svg).toContain('<marker id="arrow-0"');
      expect(svg).toContain('Person (1)');
      expect(svg).toContain('A &amp; B');
    });
  });
});
