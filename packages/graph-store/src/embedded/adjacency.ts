import { RELATION_TYPES } from '@kg/schema';
import type { GraphEdge, GraphFilter } from '@kg/schema';
import { admittedRelationTypes } from './graph-filter';

const TYPE_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
/** Rebuild the CSR on the next read once this many node rows were patched. */
const MAX_PATCHED_ROWS = 20_000;

/**
 * In-memory projection of the relationship edges: the read cache behind neighbourhood, paths and
 * subgraph. Nodes and edges get dense integer ids; each node's edges sit in one compressed
 * sparse row (CSR: `offsets` into `nbrs`/`slots` typed arrays) built once; committed writes patch
 * the rows of the nodes they touch (`patched`, plain arrays) until a rebuild is cheaper. Edge
 * type and confidence are typed arrays so filters do not touch the edge objects.
 * Kùzu stays the source of truth; the store loads this once and applies each committed write.
 */
export class Adjacency {
  private readonly slotOf = new Map<string, number>();
  private readonly edges: Array<GraphEdge | undefined> = [];
  private readonly src: number[] = [];
  private readonly dst: number[] = [];
  private readonly type: number[] = [];
  private readonly conf: number[] = [];
  private readonly free: number[] = [];
  private readonly nodeOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly deg: number[] = [];
  private offsets = new Int32Array(1);
  private slots = new Int32Array(0);
  /** Rows changed since the last build: node -> edge slots. */
  private readonly patched = new Map<number, number[]>();
  private built = false;
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private live = 0;

  get size(): number {
    return this.live;
  }

  get nodeCount(): number {
    return this.ids.length;
  }

  /** Dense index of a node, or -1 when it has no edge (and never had one). */
  indexOf(id: string): number {
    return this.nodeOf.get(id) ?? -1;
  }

  nodeId(i: number): string {
    return this.ids[i];
  }

  upsert(e: GraphEdge): void {
    const at = this.slotOf.get(e.id);
    if (at !== undefined) {
      this.edges[at] = e;
      this.type[at] = TYPE_INDEX.get(e.type) ?? 0;
      this.conf[at] = e.confidence;
      return;
    }
    const s = this.node(e.source);
    const t = this.node(e.target);
    const slot = this.free.pop() ?? this.edges.length;
    this.slotOf.set(e.id, slot);
    this.edges[slot] = e;
    this.src[slot] = s;
    this.dst[slot] = t;
    this.type[slot] = TYPE_INDEX.get(e.type) ?? 0;
    this.conf[slot] = e.confidence;
    this.live++;
    this.deg[s]++;
    if (t !== s) this.deg[t]++;
    if (!this.built) return;
    this.row(s).push(slot);
    if (t !== s) this.row(t).push(slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const [s, t] = [this.src[slot], this.dst[slot]];
    this.slotOf.delete(id);
    this.edges[slot] = undefined;
    this.free.push(slot);
    this.live--;
    this.deg[s]--;
    if (t !== s) this.deg[t]--;
    if (!this.built) return;
    for (const n of t !== s ? [s, t] : [s]) {
      const row = this.row(n);
      row.splice(row.indexOf(slot), 1);
    }
  }

  /** Number of relationship edges at the node. */
  degree(id: string): number {
    const i = this.nodeOf.get(id);
    return i === undefined ? 0 : this.deg[i];
  }

  degreeAt(i: number): number {
    return this.deg[i];
  }

  edge(id: string): GraphEdge | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.edges[slot];
  }

  edgeAt(slot: number): GraphEdge {
    return this.edges[slot] as GraphEdge;
  }

  sourceAt(slot: number): number {
    return this.src[slot];
  }

  /** The other end of edge `slot` seen from node `u`. */
  other(slot: number, u: number): number {
    const s = this.src[slot];
    return s === u ? this.dst[slot] : s;
  }

  *all(): Generator<GraphEdge> {
    for (const e of this.edges) if (e) yield e;
  }

  /** Edge slots at node `u` (read-only view; valid until the next write). */
  links(u: number): ArrayLike<number> {
    this.ensureBuilt();
    const row = this.patched.get(u);
    if (row) return row;
    return u + 1 < this.offsets.length
      ? this.slots.subarray(this.offsets[u], this.offsets[u + 1])
      : [];
  }

  /**
   * A fresh visited-set over node indexes (a generation stamp array: no clearing, no hashing).
   * Valid until the next call; reads run one at a time on the store's queue.
   */
  visitor(): { has(u: number): boolean; add(u: number): void } {
    if (this.stamps.length < this.ids.length || this.stamp >= 0xfffffffe) {
      this.stamps = new Uint32Array(Math.max(16, this.ids.length * 2));
      this.stamp = 0;
    }
    const gen = ++this.stamp;
    const stamps = this.stamps;
    return {
      has: (u) => stamps[u] === gen,
      add: (u) => {
        stamps[u] = gen;
      },
    };
  }

  /** Edges of a node (any direction, self-loops once). */
  *edgesOf(id: string): Generator<GraphEdge> {
    const u = this.indexOf(id);
    if (u < 0) return;
    const row = this.links(u);
    for (let i = 0; i < row.length; i++) yield this.edges[row[i]] as GraphEdge;
  }

  /** A fast test of edge slots under a filter (types incl. the weak rule, confidence, dates). */
  test(f: Partial<GraphFilter>): (slot: number) => boolean {
    const allowed = new Uint8Array(RELATION_TYPES.length);
    for (const t of admittedRelationTypes(f)) allowed[TYPE_INDEX.get(t) ?? 0] = 1;
    const min = f.minConfidence ?? 0;
    const { type, conf, edges } = this;
    if (!f.from && !f.to) return (s) => allowed[type[s]] === 1 && conf[s] >= min;
    const dated = edgePredicate(f);
    return (s) => allowed[type[s]] === 1 && conf[s] >= min && dated(edges[s] as GraphEdge);
  }

  private node(id: string): number {
    let i = this.nodeOf.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.nodeOf.set(id, i);
      this.ids.push(id);
      this.deg.push(0);
    }
    return i;
  }

  private row(u: number): number[] {
    let r = this.patched.get(u);
    if (!r) {
      r =
        u + 1 < this.offsets.length
          ? [...this.slots.subarray(this.offsets[u], this.offsets[u + 1])]
          : [];
      this.patched.set(u, r);
    }
    return r;
  }

  private ensureBuilt(): void {
    if (this.built && this.patched.size < MAX_PATCHED_ROWS) return;
    const n = this.ids.length;
    const offsets = new Int32Array(n + 1);
    for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u] + this.deg[u];
    const fill = offsets.slice(0, n);
    const slots = new Int32Array(offsets[n]);
    for (let e = 0; e < this.edges.length; e++) {
      if (!this.edges[e]) continue;
      const [s, t] = [this.src[e], this.dst[e]];
      slots[fill[s]++] = e;
      if (t !== s) slots[fill[t]++] = e;
    }
    this.offsets = offsets;
    this.slots = slots;
    this.patched.clear();
    this.built = true;
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
