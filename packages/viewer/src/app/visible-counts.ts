import type { Visibility } from './filter-state';
import type { KgGraph } from './graph-state';

/** What the filters leave on screen, out of what the graph holds. */
export interface VisibleCounts {
  actors: number;
  actorsTotal: number;
  relations: number;
  relationsTotal: number;
  /** True when the filters hide something (the figures then read "49 of 112"). */
  filtered: boolean;
}

/** An edge is visible when neither it nor either endpoint is hidden. */
export function visibleCounts(graph: KgGraph, visibility: Visibility): VisibleCounts {
  const actors = graph.order - countIn(graph.nodes(), visibility.hiddenNodes);
  let relations = 0;
  graph.forEachEdge((e, _a, s, t) => {
    if (visibility.hiddenEdges.has(e)) return;
    if (visibility.hiddenNodes.has(s) || visibility.hiddenNodes.has(t)) return;
    relations++;
  });
  return {
    actors,
    actorsTotal: graph.order,
    relations,
    relationsTotal: graph.size,
    filtered: actors < graph.order || relations < graph.size,
  };
}

function countIn(ids: string[], set: Set<string>): number {
  if (set.size === 0) return 0;
  return ids.reduce((n, id) => n + (set.has(id) ? 1 : 0), 0);
}

/** "49 of 112 relations" when filtered, "112 relations" otherwise; singular for one. */
export function describeCount(shown: number, total: number, noun: string): string {
  const word = (n: number) => (n === 1 ? noun.replace(/s$/, '') : noun);
  return shown < total ? `${shown} of ${total} ${word(total)}` : `${total} ${word(total)}`;
}

/** The on-screen summary line: "40 of 60 actors · 49 of 112 relations shown (filters on)". */
export function describeVisible(c: VisibleCounts): string {
  const text = `${describeCount(c.actors, c.actorsTotal, 'actors')} · ${describeCount(
    c.relations,
    c.relationsTotal,
    'relations',
  )}`;
  return c.filtered ? `${text} shown (filters on)` : `${text} on screen`;
}
