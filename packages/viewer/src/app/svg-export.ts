import type { LegendItem } from './legend-items';
import { REPORT_LINE_H, REPORT_PAD, frameLayout, type ReportLine } from './report-layout';

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
  /** Target node radius: the path stops at its rim so the arrowhead shows. */
  targetR?: number;
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
  let cx = (e.x1 + e.x2) / 2;
  let cy = (e.y1 + e.y2) / 2;
  if (e.curvature) {
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    cx += dy * e.curvature;
    cy -= dx * e.curvature;
  }
  // Stop at the target's rim, along the curve's end tangent (control point -> target).
  const tx = e.x2 - cx;
  const ty = e.y2 - cy;
  const len = Math.hypot(tx, ty) || 1;
  const cut = Math.min((e.targetR ?? 0) + 1, len / 2);
  const x2 = e.x2 - (tx / len) * cut;
  const y2 = e.y2 - (ty / len) * cut;
  if (!e.curvature) return `M${n1(e.x1)},${n1(e.y1)} L${n1(x2)},${n1(y2)}`;
  return `M${n1(e.x1)},${n1(e.y1)} Q${n1(cx)},${n1(cy)} ${n1(x2)},${n1(y2)}`;
}

/** One arrowhead marker per edge colour (markers cannot inherit the stroke everywhere). */
function arrowMarkers(colors: string[]): { defs: string; id: Map<string, string> } {
  const id = new Map<string, string>();
  const defs = [...new Set(colors)].map((c, i) => {
    id.set(c, `arrow-${i}`);
    return `<marker id="arrow-${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(c)}"/></marker>`;
  });
  return { defs: `<defs>${defs.join('')}</defs>`, id };
}

/** Vector export: header, edges, nodes, labels, legend and sources (all text escaped). */
export function buildSvg(scene: SvgScene): string {
  const report = scene.report ?? [];
  const F = frameLayout({
    width: scene.width,
    graphHeight: scene.height,
    title: scene.title,
    caption: scene.caption,
    legendItems: scene.legend.length,
    lines: report.length,
  });
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${F.width}" height="${F.height}" viewBox="0 0 ${F.width} ${F.height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (scene.title)
    out.push(
      `<text id="title" x="${REPORT_PAD}" y="28" font-size="18" font-weight="600" fill="#1f2430">${escapeXml(scene.title)}</text>`,
    );
  if (scene.caption)
    out.push(
      `<text id="caption" x="${REPORT_PAD}" y="${scene.title ? 52 : 24}" font-size="13" fill="#4a5261">${escapeXml(scene.caption)}</text>`,
    );
  const markers = arrowMarkers(scene.edges.map((e) => e.color));
  out.push(
    markers.defs,
    `<g id="graph" transform="translate(0,${F.graphTop})">`,
    `<g id="edges" fill="none">`,
  );
  for (const e of scene.edges)
    out.push(
      `<path d="${edgePath(e)}" stroke="${escapeXml(e.color)}" stroke-width="${n1(e.width)}" stroke-opacity="0.85" marker-end="url(#${markers.id.get(e.color)})"/>`,
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
  out.push('</g>', '</g>');
  if (scene.legend.length || report.length)
    out.push(
      `<line x1="0" y1="${F.footerTop}" x2="${F.width}" y2="${F.footerTop}" stroke="#d8dce3"/>`,
    );
  if (scene.legend.length) {
    const L = F.legend;
    out.push(`<g id="legend" font-size="11" fill="#1f2430">`);
    scene.legend.forEach((item, i) => {
      const y = L.y + 12 + i * L.rowH;
      out.push(
        item.kind === 'node'
          ? `<circle cx="${L.x + 6}" cy="${y - 4}" r="5" fill="${escapeXml(item.color)}"/>`
          : `<line x1="${L.x}" y1="${y - 4}" x2="${L.x + 14}" y2="${y - 4}" stroke="${escapeXml(item.color)}" stroke-width="3"/>`,
        `<text x="${L.x + 20}" y="${y}">${escapeXml(item.label)} (${item.count})</text>`,
      );
    });
    out.push('</g>');
  }
  if (report.length) {
    out.push(`<g id="sources" font-size="12" fill="#1f2430">`);
    report.forEach((line, i) => {
      const weight = line.bold ? ' font-weight="600"' : '';
      const y = F.text.y + i * REPORT_LINE_H;
      out.push(`<text x="${F.text.x}" y="${y}"${weight}>${escapeXml(line.text)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
