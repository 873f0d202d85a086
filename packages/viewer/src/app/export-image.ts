import type { Controller } from './controller';
import { download } from './dom';
import { legendItems, type LegendItem } from './legend-items';
import { LABEL_FONT } from './renderer';
import { collectReportMeta } from './report-meta';
import {
  REPORT_LINE_H,
  REPORT_PAD,
  reportHeight,
  reportLines,
  type ReportLine,
} from './report-layout';
import { buildSvg, legendLayout, type SvgEdge, type SvgNode } from './svg-export';

function drawLegend(ctx: CanvasRenderingContext2D, items: LegendItem[], height: number): void {
  if (!items.length) return;
  const L = legendLayout(items, height);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#d8dce3';
  ctx.beginPath();
  ctx.roundRect(L.x, L.y, L.w, L.h, 6);
  ctx.fill();
  ctx.stroke();
  ctx.font = `11px ${LABEL_FONT}`;
  items.forEach((item, i) => {
    const y = L.y + 16 + i * L.rowH;
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    if (item.kind === 'node') {
      ctx.beginPath();
      ctx.arc(L.x + 14, y - 4, 5, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(L.x + 7, y - 4);
      ctx.lineTo(L.x + 21, y - 4);
      ctx.stroke();
    }
    ctx.fillStyle = '#1f2430';
    ctx.fillText(`${item.label} (${item.count})`, L.x + 28, y);
  });
}

export interface ExportOptions {
  title?: string;
  caption?: string;
}

function drawReport(ctx: CanvasRenderingContext2D, lines: ReportLine[], top: number, w: number) {
  if (!lines.length) return;
  ctx.strokeStyle = '#d8dce3';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, top + 0.5);
  ctx.lineTo(w, top + 0.5);
  ctx.stroke();
  lines.forEach((line, i) => {
    ctx.font = `${line.bold ? '600 ' : ''}12px ${LABEL_FONT}`;
    ctx.fillStyle = '#1f2430';
    ctx.fillText(line.text, REPORT_PAD, top + REPORT_PAD + (i + 1) * REPORT_LINE_H - 4);
  });
}

/** Footer lines for what is visible now (fetches evidence for the sources when live). */
async function report(ctl: Controller, width: number): Promise<ReportLine[]> {
  return reportLines(await collectReportMeta(ctl), width);
}

/**
 * PNG: sigma's layers (WebGL + 2D) composited in DOM order right after a synchronous refresh
 * (WebGL buffers are not preserved between frames), plus the legend.
 */
export async function exportPng(ctl: Controller, opts: ExportOptions = {}): Promise<Blob> {
  const { renderer } = ctl;
  const { title, caption } = opts;
  const { width, height } = renderer.getDimensions();
  const lines = await report(ctl, width);
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round((height + reportHeight(lines)) * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('@kg/viewer/export: no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  renderer.refresh();
  const canvases = renderer.getContainer().querySelectorAll('canvas');
  canvases.forEach((c) => {
    if (!c.classList.contains('sigma-mouse'))
      ctx.drawImage(c, 0, 0, Math.round(width * ratio), Math.round(height * ratio));
  });
  ctx.scale(ratio, ratio);
  if (title) {
    ctx.font = `600 18px ${LABEL_FONT}`;
    ctx.fillStyle = '#1f2430';
    ctx.fillText(title, 16, 28);
  }
  if (caption) {
    ctx.font = `13px ${LABEL_FONT}`;
    ctx.fillStyle = '#4a5261';
    ctx.fillText(caption, 16, title ? 48 : 28);
  }
  drawLegend(ctx, legendItems(ctl.graph, ctl.view.colorMode), height);
  drawReport(ctx, lines, height, width);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('@kg/viewer/export: PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** SVG of what is on screen: visible nodes/edges at their viewport positions. */
export async function exportSvg(ctl: Controller, opts: ExportOptions = {}): Promise<string> {
  const { renderer, graph, state } = ctl;
  const { width, height } = renderer.getDimensions();
  const pos = new Map<string, SvgNode>();
  const shown = renderer.getNodeDisplayedLabels();
  graph.forEachNode((n) => {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden || state.visibility.hiddenNodes.has(n)) return;
    const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
    pos.set(n, {
      x: p.x,
      y: p.y,
      r: renderer.scaleSize(d.size),
      color: d.color,
      label: shown.has(n) ? (d.label ?? undefined) : undefined,
    });
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((e, a, s, t) => {
    const ps = pos.get(s);
    const pt = pos.get(t);
    if (!ps || !pt || state.visibility.hiddenEdges.has(e)) return;
    edges.push({
      x1: ps.x,
      y1: ps.y,
      x2: pt.x,
      y2: pt.y,
      color: a.color,
      width: Math.max(1, renderer.scaleSize(a.size)),
      curvature: a.curvature,
    });
  });
  return buildSvg({
    width,
    height,
    nodes: [...pos.values()],
    edges,
    legend: legendItems(graph, ctl.view.colorMode),
    title: opts.title,
    caption: opts.caption,
    report: await report(ctl, width),
  });
}

export async function downloadPng(ctl: Controller, opts: ExportOptions = {}): Promise<void> {
  download(await exportPng(ctl, opts), 'knowledge-graph.png');
}

export async function downloadSvg(ctl: Controller, opts: ExportOptions = {}): Promise<void> {
  const svg = await exportSvg(ctl, opts);
  download(new Blob([svg], { type: 'image/svg+xml' }), 'knowledge-graph.svg');
}

/** `window.kgExport({ format })`: PNG as a data: URL or SVG text (used by `kg export --format png|svg`). */
export async function exportForHook(
  ctl: Controller,
  opts: ExportOptions & { format: 'png' | 'svg' },
): Promise<string> {
  const o = { title: opts.title ?? ctl.view.title, caption: opts.caption ?? ctl.view.caption };
  if (opts.format === 'svg') return exportSvg(ctl, o);
  const blob = await exportPng(ctl, o);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('@kg/viewer/export: could not read the PNG'));
    reader.readAsDataURL(blob);
  });
}
