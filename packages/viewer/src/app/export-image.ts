import type { Controller } from './controller';
import { download } from './dom';
import { legendItems, type LegendItem } from './legend-items';
import { LABEL_FONT } from './renderer';
import { collectReportMeta } from './report-meta';
import {
  REPORT_LINE_H,
  REPORT_PAD,
  frameLayout,
  reportLines,
  reportTextWidth,
  type ReportFrame,
  type ReportLine,
} from './report-layout';
import { buildSvg, type SvgEdge, type SvgNode } from './svg-export';

export interface ExportOptions {
  title?: string;
  caption?: string;
}

/** Legend rows and report lines for what is visible now (fetches evidence when live). */
async function extras(ctl: Controller, width: number) {
  const legend = legendItems(ctl.graph, ctl.view.colorMode, ctl.state.visibility);
  const meta = await collectReportMeta(ctl);
  return { legend, lines: reportLines(meta, reportTextWidth(width)) };
}

function drawFooter(
  ctx: CanvasRenderingContext2D,
  F: ReportFrame,
  legend: LegendItem[],
  lines: ReportLine[],
) {
  if (!legend.length && !lines.length) return;
  ctx.strokeStyle = '#d8dce3';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, F.footerTop + 0.5);
  ctx.lineTo(F.width, F.footerTop + 0.5);
  ctx.stroke();
  const L = F.legend;
  ctx.font = `11px ${LABEL_FONT}`;
  legend.forEach((item, i) => {
    const y = L.y + 12 + i * L.rowH;
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    ctx.beginPath();
    if (item.kind === 'node') {
      ctx.arc(L.x + 6, y - 4, 5, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 3;
      ctx.moveTo(L.x, y - 4);
      ctx.lineTo(L.x + 14, y - 4);
      ctx.stroke();
    }
    ctx.fillStyle = '#1f2430';
    ctx.fillText(`${item.label} (${item.count})`, L.x + 20, y);
  });
  lines.forEach((line, i) => {
    ctx.font = `${line.bold ? '600 ' : ''}12px ${LABEL_FONT}`;
    ctx.fillStyle = '#1f2430';
    ctx.fillText(line.text, F.text.x, F.text.y + i * REPORT_LINE_H);
  });
}

/**
 * PNG: title/caption header, sigma's layers (WebGL + 2D) composited in DOM order right after a
 * synchronous refresh (WebGL buffers are not preserved between frames), legend and sources.
 */
export async function exportPng(ctl: Controller, opts: ExportOptions = {}): Promise<Blob> {
  const { renderer } = ctl;
  const { width, height } = renderer.getDimensions();
  const { legend, lines } = await extras(ctl, width);
  const F = frameLayout({
    width,
    graphHeight: height,
    ...opts,
    legendItems: legend.length,
    lines: lines.length,
  });
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(F.width * ratio);
  out.height = Math.round(F.height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('@kg/viewer/export: no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  renderer.refresh();
  renderer
    .getContainer()
    .querySelectorAll('canvas')
    .forEach((c) => {
      if (!c.classList.contains('sigma-mouse'))
        ctx.drawImage(
          c,
          0,
          Math.round(F.graphTop * ratio),
          Math.round(width * ratio),
          Math.round(height * ratio),
        );
    });
  ctx.scale(ratio, ratio);
  if (opts.title) {
    ctx.font = `600 18px ${LABEL_FONT}`;
    ctx.fillStyle = '#1f2430';
    ctx.fillText(opts.title, REPORT_PAD, 28);
  }
  if (opts.caption) {
    ctx.font = `13px ${LABEL_FONT}`;
    ctx.fillStyle = '#4a5261';
    ctx.fillText(opts.caption, REPORT_PAD, opts.title ? 52 : 24);
  }
  drawFooter(ctx, F, legend, lines);
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
      targetR: pt.r,
    });
  });
  const { legend, lines } = await extras(ctl, width);
  return buildSvg({
    width,
    height,
    nodes: [...pos.values()],
    edges,
    legend,
    report: lines,
    ...opts,
  });
}

export async function downloadPng(ctl: Controller, opts: ExportOptions = {}): Promise<void> {
  download(await exportPng(ctl, opts), 'knowledge-graph.png');
}

export async function downloadSvg(ctl: Controller, opts: ExportOptions = {}): Promise<void> {
  const svg = await exportSvg(ctl, opts);
  download(new Blob([svg], { type: 'image/svg+xml' }), 'knowledge-graph.svg');
}

/** `window.kgExport({ format })`: PNG as a data: URL or SVG text (`kg export --format png|svg`). */
export async function exportForHook(
  ctl: Controller,
  opts: ExportOptions & { format: 'png' | 'svg'; fit?: boolean },
): Promise<string> {
  const o = { title: opts.title ?? ctl.view.title, caption: opts.caption ?? ctl.view.caption };
  // `fit`: the whole graph in frame (a view without a saved camera zooms to its focus).
  if (opts.fit) ctl.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  if (opts.format === 'svg') return exportSvg(ctl, o);
  const blob = await exportPng(ctl, o);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('@kg/viewer/export: could not read the PNG'));
    reader.readAsDataURL(blob);
  });
}
