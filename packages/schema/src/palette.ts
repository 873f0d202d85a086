/**
 * The product's colours, shared by the viewer and the file exports (GEXF/GraphML), so a graph
 * opened in Gephi looks like the one on screen.
 */
import {
  ENTITY_TYPES,
  catalogueEntry,
  isInteractionType,
  type EntityType,
  type QuadClass,
} from './constants';

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
