import type { CameraState } from 'sigma/types';
import type { KgGraph } from './graph-state';
import type { KgSigma } from './renderer';

/**
 * Put the actors a path added (`added`) next to their path neighbours already drawn: between
 * the two nearest placed ones (offset sideways so they do not sit on the line), or `spacing`
 * beyond the last placed one. Actors with no placed neighbour keep where merging put them.
 */
export function placeAlongPath(
  graph: KgGraph,
  order: string[],
  added: Set<string>,
  spacing: number,
): void {
  const placed = (i: number) => order[i] !== undefined && !added.has(order[i]);
  const pos = (i: number) => graph.getNodeAttributes(order[i]);
  for (let pass = 0; pass < order.length && added.size; pass++) {
    for (let i = 0; i < order.length; i++) {
      const id = order[i];
      if (!added.has(id) || !graph.hasNode(id)) continue;
      const prev = placed(i - 1) ? pos(i - 1) : undefined;
      const next = placed(i + 1) ? pos(i + 1) : undefined;
      if (!prev && !next) continue;
      let x: number;
      let y: number;
      if (prev && next) {
        const dx = next.x - prev.x;
        const dy = next.y - prev.y;
        const len = Math.hypot(dx, dy) || 1;
        x = (prev.x + next.x) / 2 - (dy / len) * spacing * 0.5;
        y = (prev.y + next.y) / 2 + (dx / len) * spacing * 0.5;
      } else {
        // beyond its one placed neighbour, continuing the line from the actor after that
        const a = (prev ?? next)!;
        const j = prev ? i - 2 : i + 2;
        const b = placed(j) ? pos(j) : undefined;
        const angle = b ? Math.atan2(a.y - b.y, a.x - b.x) : (i * 2.4) % (2 * Math.PI);
        x = a.x + spacing * Math.cos(angle);
        y = a.y + spacing * Math.sin(angle);
      }
      graph.mergeNodeAttributes(id, { x, y });
      added.delete(id);
    }
  }
}

/** A camera that frames `nodes` (drawn ones), with room around them; undefined if none drawn. */
export function cameraFor(renderer: KgSigma, nodes: Iterable<string>): CameraState | undefined {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return undefined;
  const span = Math.max(maxX - minX, maxY - minY);
  const ratio = Math.min(1.2, Math.max(0.25, span * 1.6));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
}
