import type { EntityType } from '@kg/schema';
import type { IngestReport } from '../graph-store';
import type { KuzuSession } from './kuzu-session';
import type { IngestPlan, PlannedDocument, PlannedEvidence } from './ingest-plan';
import type { WriteEffects } from './ingest';
import { q } from './kuzu-schema';
import { CsvRows, CsvStage } from './csv-copy';
import { mergeEntity } from './ingest-writes';
import { LIST_SEPARATOR, encodeList, strList } from './row-encoding';
import { REL_EVIDENCE_TABLE } from './evidence-index';
import { DOC_EVIDENCE_TABLE } from './doc-evidence';
import { BulkEdges } from './bulk-edges';

export interface BulkInput {
  plan: IngestPlan;
  docs: PlannedDocument[];
  typeOf: (id: string) => EntityType;
}

const KEY_LIST = { columns: 2, expr: `column0, ${strList('column1')}` };
const ENTITY_SELECT = {
  columns: 6,
  expr: `column0, column1, ${strList('column2')}, column3, column4, CAST(column5 AS INT64)`,
};

/**
 * Load a batch into an EMPTY store: every table filled once with COPY from CSV files built
 * straight from the plan; degrees, edge aggregates and evidence key lists computed here (no
 * lookups, no Cypher aggregates). The read caches are told to reload (`effects.reload`).
 */
export function writeBulk(
  session: KuzuSession,
  input: BulkInput,
  report: IngestReport,
  effects: WriteEffects,
): void {
  const { plan, docs, typeOf } = input;
  const stage = new CsvStage(session);
  try {
    const documents = new CsvRows();
    const evidence = new CsvRows();
    const docKeys = new CsvRows();
    const edges = new BulkEdges();
    for (const d of docs) {
      documents.str(d.id).str(d.title).str(d.date).str(d.source).str(d.text).str(d.hash);
      documents.num(d.sentences).end();
      const seen = new Set<string>();
      let keys = '';
      for (const e of d.evidence) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        evidenceRow(evidence, e);
        edges.add(e);
        keys = keys ? keys + LIST_SEPARATOR + e.id : e.id;
      }
      if (keys) docKeys.str(d.id).str(keys).end();
    }
    stage.copy('Document', documents);
    edges.countDegrees();
    report.entities += copyEntities(stage, plan, docs, typeOf, edges.degree);
    copyMentions(stage, docs);
    stage.copy('Evidence', evidence);
    report.evidence += evidence.rows;
    stage.copy(REL_EVIDENCE_TABLE, edges.keyRows(), '', KEY_LIST);
    stage.copy(DOC_EVIDENCE_TABLE, docKeys, '', KEY_LIST);
    edges.copy(stage, typeOf, plan.relations);
    report.relations += edges.size;
    effects.reload = true;
  } finally {
    stage.close();
  }
}

function evidenceRow(csv: CsvRows, e: PlannedEvidence): void {
  const r = e.relation;
  csv.str(e.id).str(e.relationId).str(r.source).str(r.type).str(r.target).str(e.docId);
  csv.num(e.sentence).num(e.start).num(e.end).str(e.text).str(e.date).str(e.highlights);
  csv.num(r.confidence).bool(r.negated).str(r.modality).str(r.claimant).end();
}

/** Entities mentioned or at an edge end, one COPY per label (with their degree). */
function copyEntities(
  stage: CsvStage,
  plan: IngestPlan,
  docs: PlannedDocument[],
  typeOf: (id: string) => EntityType,
  degree: ReadonlyMap<string, number>,
): number {
  const referenced = new Set(degree.keys());
  for (const d of docs) for (const m of d.mentions) referenced.add(m.entityId);
  const byType = new Map<EntityType, CsvRows>();
  let n = 0;
  for (const id of referenced) {
    const e = plan.entities.get(id);
    const m = e && mergeEntity(e, undefined);
    if (!m) continue;
    const t = typeOf(id);
    let csv = byType.get(t);
    if (!csv) byType.set(t, (csv = new CsvRows()));
    csv.str(id).str(m.name).str(encodeList(m.aliases)).str(m.iso3).str(m.roles);
    csv.num(degree.get(id) ?? 0).end();
    n++;
  }
  for (const [t, csv] of byType) stage.copy(q(t), csv, '', ENTITY_SELECT);
  return n;
}

/** MENTIONS edges, one COPY per entity label; the same span twice in a document is one edge. */
function copyMentions(stage: CsvStage, docs: PlannedDocument[]): void {
  const byType = new Map<EntityType, CsvRows>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const { entityId, type: t, mention: m } of d.mentions) {
      const key = `${entityId}|${m.start}|${m.end}|${m.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let csv = byType.get(t);
      if (!csv) byType.set(t, (csv = new CsvRows()));
      csv.str(d.id).str(entityId).num(m.start).num(m.end).str(m.text).str(m.kind);
      csv.num(m.sentence).end();
    }
  }
  for (const [t, csv] of byType) stage.copy('MENTIONS', csv, `from='Document', to='${t}'`);
}
