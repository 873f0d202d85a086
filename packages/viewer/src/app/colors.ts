import type { EntityType, QuadClass } from '@kg/schema';
import { ENTITY_TYPES, catalogueEntry, isInteractionType } from '@kg/schema/constants';

/** Entity type palette (colour-blind friendly, Okabe–Ito based). */
export const ENTITY_TYPE_COLORS: Record<EntityType, string> = {
  Person: '#0072B2',
  Country: '#D55E00',
  Organization: '#009E73',
  Group: '#CC79A7',
  Event: '#E69F00',
  Location: '#56B4E9',
};
export const UNKNOWN_COLOR = '#8a8f98';

/** Edge colours: cooperation greens/blues, conflict oranges/reds, structure grey. */
export const QUAD_CLASS_COLORS: Record<QuadClass, string> = {
  1: '#5aae61',
  2: '#1b7837',
  3: '#f1a340',
  4: '#d7301f',
};
export const STRUCTURAL_EDGE_COLOR = '#a7adb7';
export const WEAK_EDGE_COLOR = '#d5d9df';

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

export function entityTypeColor(type: string): string {
  return (ENTITY_TYPES as readonly string[]).includes(type)
    ? ENTITY_TYPE_COLORS[type as EntityType]
    : UNKNOWN_COLOR;
}

/** quadClass given on the edge wins; otherwise derived from the relation catalogue. */
export function edgeQuadClass(type: string, quadClass?: number): QuadClass | undefined {
  if (quadClass === 1 || quadClass === 2 || quadClass === 3 || quadClass === 4) return quadClass;
  return isInteractionType(type) ? catalogueEntry(type)?.quadClass : undefined;
}

export function edgeColor(type: string, quadClass?: number): string {
  if (type === 'CO_MENTIONED') return WEAK_EDGE_COLOR;
  const qc = edgeQuadClass(type, quadClass);
  return qc ? QUAD_CLASS_COLORS[qc] : STRUCTURAL_EDGE_COLOR;
}

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
