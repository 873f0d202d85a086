import type { GraphEdge, GraphFilter } from '@kg/schema';
import { admittedRelationTypes } from './graph-filter';

/**
 * In-memory projection of the relationship edges (ids, endpoints, type, aggregates): the read
 * cache behind neighbourhood, paths and subgraph. Kùzu stays the source of truth; the store
 * loads this once and applies each committed write to it.
 */
const EMPTY: ReadonlyMap<string, ReadonlySet<string>> = new Map();

export class Adjacency {
  private readonly edges = new Map<string, GraphEdge>();
  /** node -> neighbour -> ids of the edges between them (either direction) */
  private readonly links = new Map<string, Map<string, Set<string>>>();
  private readonly degrees = new Map<string, number>();

  get size(): number {
    return this.edges.size;
  }

  upsert(e: GraphEdge): void {
    if (!this.edges.has(e.id)) {
      this.link(e.source, e.target, e.id);
      if (e.target !== e.source) this.link(e.target, e.source, e.id);
    }
    this.edges.set(e.id, e);
  }

  remove(id: string): void {
    const e = this.edges.get(id);
    if (!e) return;
    this.edges.delete(id);
    this.unlink(e.source, e.target, id);
    if (e.target !== e.source) this.unlink(e.target, e.source, id);
  }

  /** Number of relationship edges at the node. */
  degree(id: string): number {
    return this.degrees.get(id) ?? 0;
  }

  /** Number of distinct neighbours. */
  neighborCount(id: string): number {
    return this.links.get(id)?.size ?? 0;
  }

  edge(id: string): GraphEdge | undefined {
    return this.edges.get(id);
  }

  all(): IterableIterator<GraphEdge> {
    return this.edges.values();
  }

  neighbors(id: string): IterableIterator<string> {
    return (this.links.get(id) ?? new Map<string, Set<string>>()).keys();
  }

  /** Neighbours with the ids of the edges to each (hot path: no per-pair lookups). */
  linksOf(id: string): ReadonlyMap<string, ReadonlySet<string>> {
    return this.links.get(id) ?? EMPTY;
  }

  /** Whether one of the given edges satisfies `ok`. */
  some(ids: ReadonlySet<string>, ok: (e: GraphEdge) => boolean): boolean {
    for (const eid of ids) {
      const e = this.edges.get(eid);
      if (e && ok(e)) return true;
    }
    return false;
  }

  /** Ids of the edges between two nodes, or undefined (no generator: hot path). */
  idsBetween(a: string, b: string): ReadonlySet<string> | undefined {
    return this.links.get(a)?.get(b);
  }

  /** Whether some edge between two nodes satisfies `ok` (no generator: hot path). */
  someBetween(a: string, b: string, ok: (e: GraphEdge) => boolean): boolean {
    const ids = this.links.get(a)?.get(b);
    if (!ids) return false;
    for (const eid of ids) {
      const e = this.edges.get(eid);
      if (e && ok(e)) return true;
    }
    return false;
  }

  /** Edges between two nodes (either direction). */
  *between(a: string, b: string): Generator<GraphEdge> {
    for (const eid of this.links.get(a)?.get(b) ?? []) {
      const e = this.edges.get(eid);
      if (e) yield e;
    }
  }

  /** Edges of a node (any direction). */
  *edgesOf(id: string): Generator<GraphEdge> {
    for (const [other, ids] of this.links.get(id) ?? []) {
      for (const eid of ids) {
        const e = this.edges.get(eid);
        if (e && (other !== id || e.source === id)) yield e;
      }
    }
  }

  private link(a: string, b: string, edge: string): void {
    let m = this.links.get(a);
    if (!m) this.links.set(a, (m = new Map()));
    let set = m.get(b);
    if (!set) m.set(b, (set = new Set()));
    set.add(edge);
    this.degrees.set(a, (this.degrees.get(a) ?? 0) + 1);
  }

  private unlink(a: string, b: string, edge: string): void {
    const m = this.links.get(a);
    const set = m?.get(b);
    if (!m || !set?.delete(edge)) return;
    if (!set.size) m.delete(b);
    this.degrees.set(a, Math.max(0, (this.degrees.get(a) ?? 0) - 1));
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

export const otherEnd = (e: GraphEdge, id: string): string =>
  e.source === id ? e.target : e.source;
