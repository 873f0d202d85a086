import type { GraphEdge, GraphFilter } from '@kg/schema';
import { admittedRelationTypes } from './graph-filter';

/**
 * In-memory projection of the relationship edges (ids, endpoints, type, aggregates): the read
 * cache behind neighbourhood, paths and subgraph. Kùzu stays the source of truth; the store
 * loads this once and applies each committed write to it.
 */
export class Adjacency {
  private readonly edges = new Map<string, GraphEdge>();
  private readonly incident = new Map<string, Set<string>>();

  get size(): number {
    return this.edges.size;
  }

  upsert(e: GraphEdge): void {
    this.edges.set(e.id, e);
    this.link(e.source, e.id);
    this.link(e.target, e.id);
  }

  remove(id: string): void {
    const e = this.edges.get(id);
    if (!e) return;
    this.edges.delete(id);
    this.incident.get(e.source)?.delete(id);
    this.incident.get(e.target)?.delete(id);
  }

  degree(id: string): number {
    return this.incident.get(id)?.size ?? 0;
  }

  edge(id: string): GraphEdge | undefined {
    return this.edges.get(id);
  }

  all(): IterableIterator<GraphEdge> {
    return this.edges.values();
  }

  /** Edges of a node (any direction). */
  *edgesOf(id: string): Generator<GraphEdge> {
    for (const eid of this.incident.get(id) ?? []) {
      const e = this.edges.get(eid);
      if (e) yield e;
    }
  }

  private link(node: string, edge: string): void {
    const set = this.incident.get(node);
    if (set) set.add(edge);
    else this.incident.set(node, new Set([edge]));
  }
}

/** A predicate for edges under a filter (types incl. the weak rule, confidence, date overlap). */
export function edgePredicate(f: Partial<GraphFilter>): (e: GraphEdge) => boolean {
  const types = new Set<string>(admittedRelationTypes(f));
  const min = f.minConfidence ?? 0;
  return (e) =>
    types.has(e.type) &&
    e.confidence >= min &&
    (!f.from || (e.lastDate !== undefined && e.lastDate >= f.from)) &&
    (!f.to || (e.firstDate !== undefined && e.firstDate <= f.to));
}

export const otherEnd = (e: GraphEdge, id: string): string => (e.source === id ? e.target : e.source);
