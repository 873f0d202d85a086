import type { Settings } from 'sigma/settings';
import type { EdgeAttrs, NodeAttrs } from './graph-state';
import { placeLabel, type LabelBox } from './label-placement';

/** Label boxes drawn on the labels canvas this frame (reset before each render). */
const drawnLabels: LabelBox[] = [];

/** Called before each render: a new frame places its labels afresh. */
export function forgetDrawnLabels(): void {
  drawnLabels.length = 0;
}

/**
 * Labels with a white halo so they stay readable over edges. On the labels canvas they avoid
 * each other and the canvas edge (`placeLabel`); the hover layer always draws its label.
 */
export function drawLabel(
  ctx: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label: string | null; forceLabel?: boolean },
  settings: Settings<NodeAttrs, EdgeAttrs>,
): void {
  if (!data.label) return;
  ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const onLabels = ctx.canvas.classList.contains('sigma-labels');
  const width = ctx.measureText(data.label).width;
  const placed = placeLabel(
    data,
    { width, height: settings.labelSize },
    ctx.canvas.clientWidth || Infinity,
    onLabels ? drawnLabels : [],
    !onLabels || !!data.forceLabel,
  );
  if (!placed) return;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.textAlign = placed.align;
  const y = data.y + settings.labelSize / 3;
  ctx.strokeText(data.label, placed.x, y);
  ctx.fillStyle = '#1f2430';
  ctx.fillText(data.label, placed.x, y);
  ctx.textAlign = 'left';
}

/**
 * The hover/highlight card: a white shadowed box around the node and its label, on the same
 * side `placeLabel` picks (left near the canvas edge), then the label.
 */
export function drawHover(
  ctx: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label: string | null; forceLabel?: boolean },
  settings: Settings<NodeAttrs, EdgeAttrs>,
): void {
  const pad = 2;
  ctx.fillStyle = '#fff';
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 8;
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  if (data.label) {
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = ctx.measureText(data.label).width;
    const text = { width, height: settings.labelSize };
    const { box } = placeLabel(data, text, ctx.canvas.clientWidth || Infinity, [], true)!;
    const x0 = Math.min(box.x, data.x) - pad;
    const x1 = Math.max(box.x + box.w, data.x) + pad;
    ctx.rect(x0, box.y - pad, x1 - x0, box.h + 2 * pad);
  }
  ctx.fill();
  ctx.shadowBlur = 0;
  drawLabel(ctx, data, settings);
}
