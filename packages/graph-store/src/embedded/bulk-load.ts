import type { EntityType, Entity } from '@kg/schema';
import type { IngestReport } from '../graph-store';
import type { KuzuSession } from './kuzu-session';
import type { IngestPlan, PlannedDocument } from './ingest-plan';
import type { WriteEffects } from './ingest';
import type { RelationKey } from './graph-writes';
import { refreshRelations } from './graph-writes';
import type { EvidenceFacts } from './relation-aggregates';
import { q } from './kuzu-schema';
import { copyCsv } from './csv-copy';
import type { CsvValue } from './csv-copy';
import { mergeEntity, writeEvidence, writeMentions } from './ingest-writes';
import { encodeList, strList } from './row-encoding';
import { REL_EVIDENCE_TABLE } from './evidence-index';
import { addDocEvidence, copyKeyLists } from './doc-evidence';

export interface BulkInput {
  plan: IngestPlan;
  docs: PlannedDocument[];
  typeOf: (id: string) => EntityType;
  types: Map<string, EntityType>;
}

/**
 * Load a batch into an EMPTY store: every table filled once with COPY from CSV, entity degrees
 * and evidence key lists computed here from the plan (no lookups, no Cypher aggregates).
 */
export function writeBulk(
  session: KuzuSession,
  input: BulkInput,
  report: IngestReport,
  effects: WriteEffects,
): void {
  const { plan, docs, typeOf, types } = input;
  copyCsv(
    session,
    'Document',
    docs.map((d) => [d.id, d.title, d.date, d.source, d.text, d.hash, d.sentences]),
  );
  const keys = new Map<string, RelationKey>();
  const added = new Map<string, EvidenceFacts[]>();
  const byRelation = new Map<string, string[]>();
  const byDoc = new Map<string, string[]>();
  const referenced = new Set<string>();
  const evidence = new Map(docs.flatMap((d) => d.evidence).map((e) => [e.id, e]));
  for (const d of docs) {
    byDoc.set(d.id, []);
    for (const m of d.mentions) referenced.add(m.entityId);
  }
  for (const e of evidence.values()) {
    const r = e.relation;
    referenced.add(r.source).add(r.target);
    byDoc.get(e.docId)?.push(e.id);
    if (!keys.has(e.relationId))
      keys.set(e.relationId, {
        id: e.relationId,
        source: r.source,
        type: r.type,
        target: r.target,
      });
    const facts = { date: e.date, confidence: r.confidence, negated: r.negated };
    const list = added.get(e.relationId);
    if (list) list.push(facts);
    else added.set(e.relationId, [facts]);
    const ids = byRelation.get(e.relationId);
    if (ids) ids.push(e.id);
    else byRelation.set(e.relationId, [e.id]);
  }
  // every relation with evidence gets one edge: degree = edges at each end (a self-loop counts twice)
  const degree = new Map<string, number>();
  for (const k of keys.values()) {
    degree.set(k.source, (degree.get(k.source) ?? 0) + 1);
    degree.set(k.target, (degree.get(k.target) ?? 0) + 1);
  }
  report.entities += copyEntities(session, plan, [...referenced], typeOf, degree);
  for (const id of referenced) if (!types.has(id)) types.set(id, typeOf(id));
  writeMentions(session, docs, typeOf, true);
  writeEvidence(session, [...evidence.values()], true);
  report.evidence += evidence.size;
  copyKeyLists(
    session,
    REL_EVIDENCE_TABLE,
    [...byRelation].map(([id, list]) => [id, list.sort()]),
  );
  addDocEvidence(session, byDoc, true);
  const refreshed = refreshRelations(session, {
    keys: [...keys.values()],
    types,
    props: plan.relations,
    added,
    recompute: new Set(),
    bulk: true,
  });
  report.relations += refreshed.written;
  for (const [id, e] of refreshed.edges) effects.edges.set(id, e);
  for (const id of referenced) effects.touched.add(id);
}

function copyEntities(
  session: KuzuSession,
  plan: IngestPlan,
  ids: string[],
  typeOf: (id: string) => EntityType,
  degree: ReadonlyMap<string, number>,
): number {
  const byType = new Map<EntityType, CsvValue[][]>();
  for (const id of ids) {
    const e = plan.entities.get(id);
    if (!e) continue;
    const m = mergeEntity(e as Entity, undefined);
    if (!m) continue;
    const row = [id, m.name, encodeList(m.aliases), m.iso3, m.roles, degree.get(id) ?? 0];
    const t = typeOf(id);
    const list = byType.get(t);
    if (list) list.push(row);
    else byType.set(t, [row]);
  }
  let n = 0;
  for (const [t, rows] of byType) {
    const select = `column0, column1, ${strList('column2')}, column3, column4, CAST(column5 AS INT64)`;
    copyCsv(session, q(t), rows, '', select);
    n += rows.length;
  }
  return n;
}
