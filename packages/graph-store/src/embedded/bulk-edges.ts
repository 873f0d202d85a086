import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { EntityType, Relation } from '@kg/schema';
import type { PlannedEvidence } from './ingest-plan';
import { CsvRows } from './csv-copy';
import type { CsvStage } from './csv-copy';
import { LIST_SEPARATOR } from './row-encoding';

/** One relationship of a bulk load: its evidence folded in as it is seen. */
interface EdgeAggregate {
  relation: Relation;
  n: number;
  first: string;
  last: string;
  conf: number;
  allNegated: boolean;
  keys: string[];
}

const TYPE_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
const LABEL_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));
const LABELS = ENTITY_TYPES.length;

/**
 * Relationship edges of a bulk load (empty store): aggregates per relation id (count,
 * first/last date, max confidence, all-negated), degrees, then one CSV per (type, from, to).
 */
export class BulkEdges {
  readonly degree = new Map<string, number>();
  private readonly byId = new Map<string, EdgeAggregate>();

  add(e: PlannedEvidence): void {
    const a = this.byId.get(e.relationId);
    const r = e.relation;
    const date = e.date ?? '';
    if (!a) {
      const agg: EdgeAggregate = {
        relation: r,
        n: 1,
        first: date,
        last: date,
        conf: Math.max(0, r.confidence),
        allNegated: r.negated,
        keys: [e.id],
      };
      this.byId.set(e.relationId, agg);
      return;
    }
    a.n++;
    if (date && (!a.first || date < a.first)) a.first = date;
    if (date > a.last) a.last = date;
    if (r.confidence > a.conf) a.conf = r.confidence;
    a.allNegated &&= r.negated;
    a.keys.push(e.id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every edge adds one to the degree of each end (a self-loop counts twice). */
  countDegrees(): void {
    const d = this.degree;
    for (const { relation: r } of this.byId.values()) {
      d.set(r.source, (d.get(r.source) ?? 0) + 1);
      d.set(r.target, (d.get(r.target) ?? 0) + 1);
    }
  }

  /** `RelEvidence` rows: relation id, its evidence ids (sorted, joined). */
  keyRows(): CsvRows {
    const csv = new CsvRows();
    for (const [id, a] of this.byId) csv.str(id).str(a.keys.sort().join(LIST_SEPARATOR)).end();
    return csv;
  }

  /** COPY the edges, one file per (type, from label, to label) with rows. */
  copy(
    stage: CsvStage,
    typeOf: (id: string) => EntityType,
    props: ReadonlyMap<string, Relation>,
  ): void {
    const groups: CsvRows[] = [];
    for (const [id, a] of this.byId) {
      const r = a.relation;
      const from = LABEL_INDEX.get(typeOf(r.source)) ?? 0;
      const to = LABEL_INDEX.get(typeOf(r.target)) ?? 0;
      const g = ((TYPE_INDEX.get(r.type) ?? 0) * LABELS + from) * LABELS + to;
      const csv = (groups[g] ??= new CsvRows());
      const p = props.get(id) ?? r;
      csv.str(r.source).str(r.target).str(id).num(a.n).opt(a.first).opt(a.last).num(a.conf);
      csv
        .opt(p.cameo)
        .num(p.quadClass || null)
        .opt(p.role)
        .bool(a.allNegated)
        .end();
    }
    groups.forEach((csv, g) => {
      const type = RELATION_TYPES[Math.floor(g / (LABELS * LABELS))];
      const from = ENTITY_TYPES[Math.floor(g / LABELS) % LABELS];
      const to = ENTITY_TYPES[g % LABELS];
      stage.copy(type, csv, `from='${from}', to='${to}'`);
    });
  }
}
