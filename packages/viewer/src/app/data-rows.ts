import type { Visibility } from './filter-state';
import type { KgGraph } from './graph-state';

/** One actor of the data view: what the graph on screen says about it. */
export interface ActorRow {
  id: string;
  name: string;
  type: string;
  /** Relations in the whole store (the API's degree). */
  degree: number;
  /** Visible relations of this actor in the loaded graph. */
  relations: number;
  /** Evidence sentences behind those relations. */
  evidence: number;
  firstDate?: string;
  lastDate?: string;
}

export interface RelationRow {
  id: string;
  source: string;
  sourceName: string;
  type: string;
  target: string;
  targetName: string;
  evidence: number;
  confidence: number;
  firstDate?: string;
  lastDate?: string;
  negated: boolean;
}

const visibleEdge = (v: Visibility, e: string, s: string, t: string) =>
  !v.hiddenEdges.has(e) && !v.hiddenNodes.has(s) && !v.hiddenNodes.has(t);

const minDate = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const maxDate = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

/** The visible actors, with counts and date range over their visible relations. */
export function actorRows(graph: KgGraph, v: Visibility): ActorRow[] {
  const rows = new Map<string, ActorRow>();
  graph.forEachNode((id, a) => {
    if (v.hiddenNodes.has(id)) return;
    rows.set(id, {
      id,
      name: a.label,
      type: a.entityType,
      degree: a.degree,
      relations: 0,
      evidence: 0,
    });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (!visibleEdge(v, e, s, t)) return;
    for (const id of s === t ? [s] : [s, t]) {
      const row = rows.get(id)!;
      row.relations++;
      row.evidence += a.relation.count;
      row.firstDate = minDate(row.firstDate, a.relation.firstDate ?? a.relation.lastDate);
      row.lastDate = maxDate(row.lastDate, a.relation.lastDate ?? a.relation.firstDate);
    }
  });
  return [...rows.values()];
}

/** The visible relations (an edge is visible when it and both its actors are). */
export function relationRows(graph: KgGraph, v: Visibility): RelationRow[] {
  const rows: RelationRow[] = [];
  graph.forEachEdge((id, a, s, t, sa, ta) => {
    if (!visibleEdge(v, id, s, t)) return;
    const r = a.relation;
    rows.push({
      id,
      source: s,
      sourceName: sa.label,
      type: r.relType,
      target: t,
      targetName: ta.label,
      evidence: r.count,
      confidence: r.confidence,
      firstDate: r.firstDate,
      lastDate: r.lastDate,
      negated: r.negated === true,
    });
  });
  return rows;
}
