import type { Entity, EntityType, Role } from '@kg/schema';
import { q } from './kuzu-schema';
import type { KuzuSession, Params } from './kuzu-session';
import { groupByType } from './graph-writes';
import type { IngestPlan, PlannedDocument, PlannedEvidence } from './ingest-plan';
import {
  dbl,
  encodeDouble,
  encodeList,
  encodeOpt,
  optDate,
  optInt,
  optStr,
  strList,
} from './row-encoding';

/* Set-based writers for one ingest step: documents, entities, mentions, evidence. */

/** Evidence rows as Evidence nodes (one UNWIND ... CREATE). */
export function writeEvidence(session: KuzuSession, list: PlannedEvidence[]): void {
  const rows = list.map((e) => ({
    id: e.id,
    rid: e.relationId,
    source: e.relation.source,
    type: e.relation.type,
    target: e.relation.target,
    doc: e.docId,
    sentence: e.sentence,
    so: e.start,
    eo: e.end,
    text: e.text,
    date: encodeOpt(e.date),
    highlights: e.highlights,
    conf: encodeDouble(e.relation.confidence),
    neg: e.relation.negated,
    modality: e.relation.modality,
    claimant: encodeOpt(e.relation.claimant),
  }));
  session.rows(
    'UNWIND $rows AS row CREATE (:Evidence {id: row.id, relationId: row.rid, source: row.source, type: row.type, ' +
      'target: row.target, docId: row.doc, sentence: row.sentence, startOffset: row.so, endOffset: row.eo, text: row.text, ' +
      `date: ${optDate('row.date')}, highlights: row.highlights, confidence: ${dbl('row.conf')}, negated: row.neg, modality: row.modality, ` +
      `claimant: ${optStr('row.claimant')}})`,
    { rows },
  );
}

export function writeDocuments(
  session: KuzuSession,
  chunk: PlannedDocument[],
  replaced: Set<string>,
): void {
  const rows = chunk.map((d) => ({
    id: d.id,
    title: encodeOpt(d.title),
    date: encodeOpt(d.date),
    source: encodeOpt(d.source),
    text: d.text,
    hash: d.hash,
    sentences: d.sentences,
  }));
  const fresh = rows.filter((r) => !replaced.has(r.id));
  const old = rows.filter((r) => replaced.has(r.id));
  const values = `title: ${optStr('row.title')}, date: ${optDate('row.date')}, source: ${optStr('row.source')}, text: row.text, hash: row.hash, sentences: row.sentences`;
  if (fresh.length)
    session.rows(`UNWIND $rows AS row CREATE (d:Document {id: row.id, ${values}})`, {
      rows: fresh,
    });
  if (old.length) {
    const set = values.replace(/(\w+): /g, 'd.$1 = ');
    session.rows(
      `UNWIND $rows AS row WITH row, row.id AS did MATCH (d:Document {id: did}) SET ${set}`,
      { rows: old },
    );
  }
}

/**
 * MENTIONS edges (the same span twice in a document is one edge): one UNWIND per entity label,
 * planned as two hash joins (one scan of the label, one of Document) instead of a statement per
 * row. The two MATCHes must be chained through WITH: side by side they become a cross product.
 */
export function writeMentions(
  session: KuzuSession,
  chunk: PlannedDocument[],
  typeOf: (id: string) => EntityType,
): void {
  const byType = new Map<EntityType, Params[]>();
  for (const d of chunk) {
    const seen = new Set<string>();
    for (const { entityId, mention: m } of d.mentions) {
      const key = `${entityId}|${m.start}|${m.end}|${m.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = typeOf(entityId);
      const row: Params = {
        doc: d.id,
        id: entityId,
        so: m.start,
        eo: m.end,
        text: m.text,
        kind: m.kind,
        sn: m.sentence ?? -1,
      };
      const list = byType.get(t);
      if (list) list.push(row);
      else byType.set(t, [row]);
    }
  }
  for (const [t, rows] of byType) {
    const create =
      'CREATE (d)-[:MENTIONS {startOffset: row.so, endOffset: row.eo, ' +
      `text: row.text, kind: row.kind, sentence: ${optInt('row.sn', 0)}}]->(n)`;
    session.probeOrScan(
      `MATCH (n:${q(t)} {id: $id}), (d:Document {id: $doc}) ${create.replaceAll('row.', '$')}`,
      rows,
      () =>
        session.rows(
          `UNWIND $rows AS row WITH row, row.id AS eid MATCH (n:${q(t)} {id: eid}) ` +
            `WITH row, n, row.doc AS did MATCH (d:Document {id: did}) ${create}`,
          { rows },
        ),
    );
  }
}

/** Create or merge entity nodes: names kept, aliases and roles unioned. Returns the ids written. */
export function upsertEntities(
  session: KuzuSession,
  plan: IngestPlan,
  ids: string[],
  typeOf: (id: string) => EntityType,
): string[] {
  const types = new Map<string, EntityType>();
  for (const id of ids) if (plan.entities.has(id)) types.set(id, typeOf(id));
  const written: string[] = [];
  for (const [t, list] of groupByType(types)) {
    const existing = new Map<string, Record<string, unknown>>();
    const ret =
      'RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.iso3 AS iso3, n.roles AS roles';
    for (const r of session.probeOrScan(
      `MATCH (n:${q(t)} {id: $x}) ${ret}`,
      list.map((x) => ({ x })),
      () => session.rows(`UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) ${ret}`, { ids: list }),
    )) {
      existing.set(String(r.id), r);
    }
    const creates: Params[] = [];
    const updates: Params[] = [];
    for (const id of list) {
      const merged = mergeEntity(plan.entities.get(id) as Entity, existing.get(id));
      if (!merged) continue;
      const row = {
        id,
        name: merged.name,
        aliases: encodeList(merged.aliases),
        iso3: encodeOpt(merged.iso3),
        roles: merged.roles,
      };
      (existing.has(id) ? updates : creates).push(row);
    }
    const values = `name: row.name, aliases: ${strList('row.aliases')}, iso3: ${optStr('row.iso3')}, roles: row.roles`;
    if (creates.length)
      session.rows(`UNWIND $rows AS row CREATE (n:${q(t)} {id: row.id, ${values}, degree: 0})`, {
        rows: creates,
      });
    if (updates.length) {
      const set = values.replace(/(\w+): /g, 'n.$1 = ');
      session.probeOrScan(
        `MATCH (n:${q(t)} {id: $id}) SET ${set.replaceAll('row.', '$')}`,
        updates,
        () =>
          session.rows(
            `UNWIND $rows AS row WITH row, row.id AS eid MATCH (n:${q(t)} {id: eid}) SET ${set}`,
            { rows: updates },
          ),
      );
    }
    for (const r of [...creates, ...updates]) written.push(String(r.id));
  }
  return written;
}

/** The merged entity record, or null when the stored one already says it all. */
export function mergeEntity(
  e: Entity,
  prev: Record<string, unknown> | undefined,
): { name: string; aliases: string[]; iso3: string | null; roles: string } | null {
  const name = typeof prev?.name === 'string' && prev.name ? prev.name : e.name;
  const prevAliases = Array.isArray(prev?.aliases) ? (prev.aliases as string[]) : [];
  const aliases = [...new Set([...prevAliases, ...e.aliases, e.name])].filter(
    (a) => a && a !== name,
  );
  const iso3 = typeof prev?.iso3 === 'string' && prev.iso3 ? prev.iso3 : (e.iso3 ?? null);
  const prevRoles: Role[] =
    typeof prev?.roles === 'string' && prev.roles ? (JSON.parse(prev.roles) as Role[]) : [];
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
