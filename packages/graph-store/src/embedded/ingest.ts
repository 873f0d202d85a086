import type { DocumentText, Entity, EntityType, ExtractionResult, Role } from '@kg/schema';
import type { IngestOptions, IngestReport } from '../graph-store';
import type { KuzuCatalog } from './kuzu-schema';
import { q } from './kuzu-schema';
import type { KuzuSession } from './kuzu-session';
import { detachDocuments, lookupEntityTypes, refreshRelations, removeOrphans, updateDegrees } from './graph-writes';
import type { RelationKey } from './graph-writes';
import { entityTypeOf, foreignEndpoints, planIngest } from './ingest-plan';
import type { IngestPlan, PlannedDocument } from './ingest-plan';

export const DEFAULT_INGEST_CHUNK = 50;

export interface WriteEffects {
  /** Entities whose node or degree may have changed. */
  touched: Set<string>;
  deleted: Set<string>;
}

/** Idempotent, transactional ingest (runs inside the session queue). */
export function ingestExtraction(
  session: KuzuSession,
  catalog: KuzuCatalog,
  result: ExtractionResult,
  texts: DocumentText[],
  options: IngestOptions = {},
): { report: IngestReport; effects: WriteEffects } {
  const plan = planIngest(result, texts);
  const effects: WriteEffects = { touched: new Set(), deleted: new Set() };
  const report: IngestReport = {
    documents: plan.documents.length,
    unchanged: 0,
    replaced: 0,
    entities: 0,
    relations: 0,
    evidence: 0,
  };
  const stored = new Map<string, string>();
  const docIds = plan.documents.map((d) => d.id);
  for (const r of session.rows('UNWIND $ids AS x MATCH (d:Document) WHERE d.id = x RETURN d.id AS id, d.hash AS hash', {
    ids: docIds,
  })) {
    stored.set(String(r.id), String(r.hash));
  }
  const changed = plan.documents.filter((d) => stored.get(d.id) !== d.hash);
  report.unchanged = plan.documents.length - changed.length;
  report.replaced = changed.filter((d) => stored.has(d.id)).length;
  if (!changed.length) {
    options.onProgress?.(plan.documents.length, plan.documents.length);
    return { report, effects };
  }
  const types = lookupEntityTypes(session, [...plan.entities.keys(), ...foreignEndpoints(plan)]);
  const typeOf = (id: string): EntityType => entityTypeOf(plan, types, id);
  const needed = changed.flatMap((d) =>
    d.evidence.map((e) => ({ type: e.relation.type, from: typeOf(e.relation.source), to: typeOf(e.relation.target) })),
  );
  catalog.ensurePairs(needed);
  session.transaction(() => {
    for (let i = 0; i < changed.length; i += DEFAULT_INGEST_CHUNK) {
      const chunk = changed.slice(i, i + DEFAULT_INGEST_CHUNK);
      writeChunk(session, plan, chunk, typeOf, types, report, effects);
      options.onProgress?.(report.unchanged + i + chunk.length, plan.documents.length);
    }
  });
  return { report, effects };
}

function writeChunk(
  session: KuzuSession,
  plan: IngestPlan,
  chunk: PlannedDocument[],
  typeOf: (id: string) => EntityType,
  types: Map<string, EntityType>,
  report: IngestReport,
  effects: WriteEffects,
): void {
  const old = detachDocuments(
    session,
    chunk.map((d) => d.id),
  );
  for (const d of chunk) {
    session.rows(
      'MERGE (d:Document {id: $id}) SET d.title = $title, d.date = date($date), d.source = $source, ' +
        'd.text = $text, d.hash = $hash, d.sentences = $sentences',
      {
        id: d.id,
        title: d.title ?? null,
        date: d.date ?? null,
        source: d.source ?? null,
        text: d.text,
        hash: d.hash,
        sentences: d.sentences,
      },
    );
  }
  const referenced = new Set<string>();
  for (const d of chunk) {
    for (const m of d.mentions) referenced.add(m.entityId);
    for (const e of d.evidence) referenced.add(e.relation.source).add(e.relation.target);
  }
  report.entities += upsertEntities(session, plan, [...referenced], typeOf);
  for (const id of referenced) if (!types.has(id)) types.set(id, typeOf(id));
  for (const d of chunk) {
    const seen = new Set<string>();
    for (const { entityId, mention: m } of d.mentions) {
      const key = `${entityId}|${m.start}|${m.end}|${m.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      session.rows(
        `MATCH (d:Document {id: $doc}), (n:${q(typeOf(entityId))} {id: $id}) CREATE (d)-[:MENTIONS ` +
          '{startOffset: $begin, endOffset: $stop, text: $text, kind: $kind, sentence: $sentence}]->(n)',
        { doc: d.id, id: entityId, begin: m.start, stop: m.end, text: m.text, kind: m.kind, sentence: m.sentence ?? null },
      );
    }
  }
  const keys = new Map<string, RelationKey>();
  for (const r of old.relations) keys.set(r.id, r);
  for (const d of chunk) {
    const rows = new Map(d.evidence.map((e) => [e.id, e]));
    for (const e of rows.values()) {
      const r = e.relation;
      session.rows(
        'CREATE (:Evidence {id: $id, relationId: $rid, source: $source, type: $type, target: $target, docId: $doc, ' +
          'sentence: $sentence, startOffset: $begin, endOffset: $stop, text: $text, date: date($date), ' +
          'highlights: $highlights, confidence: $confidence, negated: $negated, modality: $modality})',
        {
          id: e.id,
          rid: e.relationId,
          source: r.source,
          type: r.type,
          target: r.target,
          doc: e.docId,
          sentence: e.sentence,
          begin: e.start,
          stop: e.end,
          text: e.text,
          date: e.date ?? null,
          highlights: e.highlights,
          confidence: r.confidence,
          negated: r.negated,
          modality: r.modality,
        },
      );
      keys.set(e.relationId, { id: e.relationId, source: r.source, type: r.type, target: r.target });
      report.evidence++;
    }
  }
  const oldEndpoints = old.relations.flatMap((r) => [r.source, r.target]);
  for (const [id, t] of lookupEntityTypes(session, oldEndpoints)) types.set(id, t);
  const refreshed = refreshRelations(session, [...keys.values()], types, plan.relations);
  report.relations += refreshed.written;
  const deleted = removeOrphans(session, [...old.mentioned, ...refreshed.removedEndpoints]);
  for (const id of deleted) effects.deleted.add(id);
  const alive = [...refreshed.endpoints, ...referenced].filter((id) => !deleted.has(id));
  updateDegrees(session, alive);
  for (const id of [...alive, ...old.mentioned]) if (!deleted.has(id)) effects.touched.add(id);
}

/** Create or merge entity nodes: names kept, aliases and roles unioned. Returns how many were written. */
function upsertEntities(
  session: KuzuSession,
  plan: IngestPlan,
  ids: string[],
  typeOf: (id: string) => EntityType,
): number {
  const byType = new Map<EntityType, string[]>();
  for (const id of ids) {
    if (!plan.entities.has(id)) continue;
    const t = typeOf(id);
    byType.set(t, [...(byType.get(t) ?? []), id]);
  }
  let written = 0;
  for (const [t, list] of byType) {
    const existing = new Map<string, Record<string, unknown>>();
    for (const r of session.rows(
      `UNWIND $ids AS x MATCH (n:${q(t)}) WHERE n.id = x RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.iso3 AS iso3, n.roles AS roles`,
      { ids: list },
    )) {
      existing.set(String(r.id), r);
    }
    for (const id of list) {
      const merged = mergeEntity(plan.entities.get(id) as Entity, existing.get(id));
      if (!merged) continue;
      session.rows(
        `MERGE (n:${q(t)} {id: $id}) ON CREATE SET n.degree = 0 ` +
          'SET n.name = $name, n.aliases = $aliases, n.iso3 = $iso3, n.roles = $roles',
        { id, ...merged },
      );
      written++;
    }
  }
  return written;
}

/** The merged entity record, or null when the stored one already says it all. */
function mergeEntity(
  e: Entity,
  prev: Record<string, unknown> | undefined,
): { name: string; aliases: string[]; iso3: string | null; roles: string } | null {
  const name = typeof prev?.name === 'string' && prev.name ? prev.name : e.name;
  const prevAliases = Array.isArray(prev?.aliases) ? (prev.aliases as string[]) : [];
  const aliases = [...new Set([...prevAliases, ...e.aliases, e.name])].filter((a) => a && a !== name);
  const iso3 = typeof prev?.iso3 === 'string' && prev.iso3 ? prev.iso3 : (e.iso3 ?? null);
  const prevRoles: Role[] = typeof prev?.roles === 'string' && prev.roles ? (JSON.parse(prev.roles) as Role[]) : [];
  const roleKeys = new Set(prevRoles.map((r) => JSON.stringify(r)));
  const roles = [...prevRoles];
  for (const r of e.roles ?? []) {
    const k = JSON.stringify(r);
    if (!roleKeys.has(k)) roles.push(r);
    roleKeys.add(k);
  }
  const next = { name, aliases, iso3, roles: JSON.stringify(roles) };
  if (
    prev &&
    JSON.stringify([prev.name, prevAliases, prev.iso3 ?? null, prev.roles ?? '[]']) ===
      JSON.stringify([next.name, next.aliases, next.iso3, next.roles])
  ) {
    return null;
  }
  return next;
}
