export {
  ENTITY_TYPE_COLORS,
  QUAD_CLASS_COLORS,
  STRUCTURAL_EDGE_COLOR,
  UNKNOWN_COLOR,
  WEAK_EDGE_COLOR,
  edgeColor,
  edgeQuadClass,
  entityTypeColor,
} from '@kg/schema/constants';

export const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#8c564b',
] as const;

export function communityColor(community: number): string {
  const n = COMMUNITY_PALETTE.length;
  return COMMUNITY_PALETTE[((community % n) + n) % n];
}

/** Mix a hex colour towards white; used to dim non-highlighted items. */
export function fade(hex: string, amount = 0.8): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const v = parseInt(m[1], 16);
  const ch = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) =>
    Math.round(c + (255 - c) * amount),
  );
  return `#${ch.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
