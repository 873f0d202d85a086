import type { EntityType, RelationType } from '@kg/schema';
import type { EdgeRelation, KgGraph, NodeAttrs } from './graph-state';

export interface FilterState {
  /** Visible entity types; empty = all. */
  types: EntityType[];
  /** Visible relation kinds; empty = all. */
  relationTypes: RelationType[];
  from?: string;
  to?: string;
  minConfidence: number;
  hideIsolated: boolean;
}

export const DEFAULT_FILTERS: FilterState = {
  types: [],
  relationTypes: [],
  minConfidence: 0,
  hideIsolated: false,
};

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

export function nodePasses(a: Pick<NodeAttrs, 'entityType'>, f: FilterState): boolean {
  return f.types.length === 0 || (f.types as string[]).includes(a.entityType);
}

/** Dated edges must overlap [from, to]; undated edges are kept (structure has no date). */
export function edgePasses(
  a: Pick<EdgeRelation, 'relType' | 'confidence' | 'firstDate' | 'lastDate'>,
  f: FilterState,
): boolean {
  if (f.relationTypes.length && !(f.relationTypes as string[]).includes(a.relType)) return false;
  if (a.confidence < f.minConfidence) return false;
  const first = a.firstDate ?? a.lastDate;
  const last = a.lastDate ?? a.firstDate;
  if (f.to && first && first > f.to) return false;
  if (f.from && last && last < f.from) return false;
  return true;
}

/** True when `f` lets every node and edge through (the usual state: skip the graph walk). */
export function filtersOff(f: FilterState): boolean {
  return (
    !f.types.length &&
    !f.relationTypes.length &&
    !f.from &&
    !f.to &&
    !(f.minConfidence > 0) &&
    !f.hideIsolated
  );
}

export function computeVisibility(graph: KgGraph, f: FilterState): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (filtersOff(f)) return { hiddenNodes, hiddenEdges };
  graph.forEachNode((n, a) => {
    if (!nodePasses(a, f)) hiddenNodes.add(n);
  });
  const visibleDegree = new Map<string, number>();
  graph.forEachEdge((e, a, s, t) => {
    if (hiddenNodes.has(s) || hiddenNodes.has(t) || !edgePasses(a.relation, f)) {
      hiddenEdges.add(e);
      return;
    }
    visibleDegree.set(s, (visibleDegree.get(s) ?? 0) + 1);
    visibleDegree.set(t, (visibleDegree.get(t) ?? 0) + 1);
  });
  if (f.hideIsolated) {
    graph.forEachNode((n) => {
      if (!visibleDegree.get(n)) hiddenNodes.add(n);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** Earliest and latest edge dates, for the date inputs and the timeline. */
export function dateExtent(graph: KgGraph): { min?: string; max?: string } {
  let min: string | undefined;
  let max: string | undefined;
  graph.forEachEdge((_e, a) => {
    for (const d of [a.relation.firstDate, a.relation.lastDate]) {
      if (!d) continue;
      if (!min || d < min) min = d;
      if (!max || d > max) max = d;
    }
  });
  return { min, max };
}

/** Day offsets for the timeline slider. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
