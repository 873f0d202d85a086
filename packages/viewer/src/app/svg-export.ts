import type { LegendItem } from './legend-items';
import { REPORT_LINE_H, REPORT_PAD, reportHeight, type ReportLine } from './report-layout';

export interface SvgNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label?: string;
}
export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  curvature?: number;
}
export interface SvgScene {
  width: number;
  height: number;
  nodes: SvgNode[];
  edges: SvgEdge[];
  legend: LegendItem[];
  title?: string;
  caption?: string;
  /** Footer below the graph: counts, date range, sources (see report-layout). */
  report?: ReportLine[];
}

export function escapeXml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const n1 = (v: number) => Math.round(v * 10) / 10;
const FONT = 'Inter, Segoe UI, Helvetica, Arial, sans-serif';

function edgePath(e: SvgEdge): string {
  if (!e.curvature) return `M${n1(e.x1)},${n1(e.y1)} L${n1(e.x2)},${n1(e.y2)}`;
  const mx = (e.x1 + e.x2) / 2;
  const my = (e.y1 + e.y2) / 2;
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const cx = mx + dy * e.curvature;
  const cy = my - dx * e.curvature;
  return `M${n1(e.x1)},${n1(e.y1)} Q${n1(cx)},${n1(cy)} ${n1(e.x2)},${n1(e.y2)}`;
}

/** Legend box drawn in the bottom-left corner (shared layout with the PNG export). */
export function legendLayout(items: LegendItem[], height: number) {
  const rowH = 18;
  const boxH = 16 + items.length * rowH;
  return { x: 12, y: height - boxH - 12, w: 250, h: boxH, rowH };
}

/** Vector export: edges, nodes, labels (all text escaped) and the legend. */
export function buildSvg(scene: SvgScene): string {
  const report = scene.report ?? [];
  const total = scene.height + reportHeight(report);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${total}" viewBox="0 0 ${scene.width} ${total}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g id="edges" fill="none">`,
  ];
  for (const e of scene.edges)
    out.push(
      `<path d="${edgePath(e)}" stroke="${escapeXml(e.color)}" stroke-width="${n1(e.width)}" stroke-opacity="0.85"/>`,
    );
  out.push('</g>', '<g id="nodes">');
  for (const n of scene.nodes)
    out.push(
      `<circle cx="${n1(n.x)}" cy="${n1(n.y)}" r="${n1(n.r)}" fill="${escapeXml(n.color)}" stroke="#ffffff" stroke-width="1"/>`,
    );
  out.push(
    '</g>',
    '<g id="labels" font-size="12" fill="#1f2430" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">',
  );
  for (const n of scene.nodes) {
    if (n.label)
      out.push(`<text x="${n1(n.x + n.r + 3)}" y="${n1(n.y + 4)}">${escapeXml(n.label)}</text>`);
  }
  out.push('</g>');
  if (scene.title)
    out.push(
      `<text x="16" y="28" font-size="18" font-weight="600" fill="#1f2430">${escapeXml(scene.title)}</text>`,
    );
  if (scene.caption)
    out.push(
      `<text x="16" y="${scene.title ? 48 : 28}" font-size="13" fill="#4a5261">${escapeXml(scene.caption)}</text>`,
    );
  if (scene.legend.length) {
    const L = legendLayout(scene.legend, scene.height);
    out.push(
      `<g id="legend" font-size="11" fill="#1f2430"><rect x="${L.x}" y="${L.y}" width="${L.w}" height="${L.h}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="#d8dce3"/>`,
    );
    scene.legend.forEach((item, i) => {
      const y = L.y + 16 + i * L.rowH;
      out.push(
        item.kind === 'node'
          ? `<circle cx="${L.x + 14}" cy="${y - 4}" r="5" fill="${escapeXml(item.color)}"/>`
          : `<line x1="${L.x + 7}" y1="${y - 4}" x2="${L.x + 21}" y2="${y - 4}" stroke="${escapeXml(item.color)}" stroke-width="3"/>`,
        `<text x="${L.x + 28}" y="${y}">${escapeXml(item.label)} (${item.count})</text>`,
      );
    });
    out.push('</g>');
  }
  if (report.length) {
    out.push(
      `<g id="sources" font-size="12" fill="#1f2430"><line x1="0" y1="${scene.height}" x2="${scene.width}" y2="${scene.height}" stroke="#d8dce3"/>`,
    );
    report.forEach((line, i) => {
      const y = scene.height + REPORT_PAD + (i + 1) * REPORT_LINE_H - 4;
      const weight = line.bold ? ' font-weight="600"' : '';
      out.push(`<text x="${REPORT_PAD}" y="${y}"${weight}>${escapeXml(line.text)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
