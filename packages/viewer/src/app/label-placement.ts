/**
 * Where a node label goes on the labels canvas: right of the node, or left of it when the
 * right side would leave the canvas or cover a label already drawn; dropped when both sides
 * collide (sigma's label grid picks candidates per cell, but wide labels still overlap their
 * neighbours'). Forced labels (selection, path, search) are always drawn.
 */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelPlacement {
  /** Where the text starts (left side: where it ends, with textAlign right). */
  x: number;
  align: 'left' | 'right';
  box: LabelBox;
}

const GAP = 3;
const PAD = 2;

export function placeLabel(
  node: { x: number; y: number; size: number },
  text: { width: number; height: number },
  canvasWidth: number,
  placed: LabelBox[],
  force: boolean,
): LabelPlacement | null {
  const y = node.y - text.height / 2;
  const right: LabelPlacement = {
    x: node.x + node.size + GAP,
    align: 'left',
    box: { x: node.x + node.size + GAP, y, w: text.width, h: text.height },
  };
  const leftX = node.x - node.size - GAP;
  const left: LabelPlacement = {
    x: leftX,
    align: 'right',
    box: { x: leftX - text.width, y, w: text.width, h: text.height },
  };
  const fits = (p: LabelPlacement) => p.box.x >= 0 && p.box.x + p.box.w <= canvasWidth;
  const free = (p: LabelPlacement) => !placed.some((b) => overlaps(b, p.box));
  const candidates = fits(right) || !fits(left) ? [right, left] : [left, right];
  const chosen = candidates.find((p) => fits(p) && free(p)) ?? (force ? candidates[0] : null);
  if (chosen) placed.push(chosen.box);
  return chosen ?? null;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x < b.x + b.w + PAD && b.x < a.x + a.w + PAD && a.y < b.y + b.h + PAD && b.y < a.y + a.h + PAD
  );
}
