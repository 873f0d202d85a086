import { withOutlets } from '../syndication';
import { copiesOf, copyOfDocument } from './syndication-store';
import { ENTITY_TYPES } from '@kg/schema';
import type {
  Document,
  EntityDetail,
  EvidenceRow,
  GraphEdge,
  GraphNode,
  Mention,
  Role,
  Stats,
  Subgraph,
} from '@kg/schema';
import type { DocumentRecord } from '../graph-store';
import { q } from './kuzu-schema';
import type { Row } from './kuzu-session';
import type { ReadContext } from './neighborhood';
import { finish, nodeFromIndex } from './neighborhood';
import type { Adjacency } from './adjacency';
import type { KuzuCatalog } from './kuzu-schema';
import type { KuzuSession } from './kuzu-session';
import { isoDate, num, str, toGraphEdge } from './values';
import { evidenceOf } from './evidence-index';
import { modalityOf } from '../evidence-modality';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const DETAIL_ROW_CAP = 2000;

function toDocument(r: Row, prefix = ''): Document {
  const doc: Document = { id: String(r[`${prefix}id`]), sentences: num(r[`${prefix}sentences`]) };
  const title = str(r[`${prefix}title`]);
  const date = isoDate(r[`${prefix}date`]);
  const source = str(r[`${prefix}source`]);
  if (title) doc.title = title;
  if (date) doc.date = date;
  if (source) doc.source = source;
  return doc;
}

const DOC_FIELDS =
  'd.id AS id, d.title AS title, d.date AS date, d.source AS source, d.sentences AS sentences';

export function listDocuments(
  ctx: ReadContext,
  limit: number,
  offset: number,
): { total: number; documents: Document[] } {
  const total = num(ctx.session.rows('MATCH (d:Document) RETURN count(*) AS c')[0]?.c);
  const rows = ctx.session.rows(
    `MATCH (d:Document) RETURN ${DOC_FIELDS} ORDER BY d.date DESC, d.id SKIP $offset LIMIT $limit`,
    { offset: Math.max(0, offset), limit: Math.max(0, limit) },
  );
  return { total, documents: rows.map((r) => toDocument(r)) };
}

export function getDocument(ctx: ReadContext, id: string): DocumentRecord | null {
  const rows = ctx.session.rows(
    `MATCH (d:Document {id: $id}) RETURN ${DOC_FIELDS}, d.text AS text`,
    { id },
  );
  if (!rows.length) return null;
  const doc: DocumentRecord = { ...toDocument(rows[0]), text: String(rows[0].text ?? '') };
  const copyOf = ctx.catalog.hasSyndication ? copyOfDocument(ctx.session, id) : undefined;
  if (copyOf) doc.copyOf = copyOf;
  return doc;
}

export function getEntity(ctx: ReadContext, id: string): EntityDetail | null {
  const type = ctx.index.typeOf(id);
  if (!type) return null;
  const rows = ctx.session.rows(`MATCH (n:${q(type)} {id: $id}) RETURN n.roles AS roles`, { id });
  if (!rows.length) return null;
  const entity = nodeFromIndex(ctx, id) as GraphNode;
  const roles: Role[] = rows[0].roles ? (JSON.parse(String(rows[0].roles)) as Role[]) : [];
  const mentionRows = ctx.session.rows(
    `MATCH (d:Document)-[m:MENTIONS]->(n:${q(type)} {id: $id}) RETURN ${DOC_FIELDS}, m.startOffset AS s, ` +
      `m.endOffset AS e, m.text AS t, m.kind AS k, m.sentence AS sn ORDER BY d.date, d.id, s LIMIT ${DETAIL_ROW_CAP}`,
    { id },
  );
  const documents = new Map<string, Document>();
  const mentions: Mention[] = mentionRows.map((r) => {
    documents.set(String(r.id), toDocument(r));
    const m: Mention = {
      docId: String(r.id),
      start: num(r.s),
      end: num(r.e),
      text: String(r.t),
      kind: r.k as Mention['kind'],
    };
    if (r.sn !== null && r.sn !== undefined) m.sentence = num(r.sn);
    return m;
  });
  const relations: GraphEdge[] = [...ctx.adjacency.edgesOf(id)]
    .slice(0, DETAIL_ROW_CAP)
    .map((e) => ({ ...e }));
  const known = new Set(roles.map((r) => `${r.role}|${r.of ?? ''}`));
  for (const e of relations) {
    if (e.type !== 'HOLDS_ROLE' || e.source !== id || !e.role || known.has(`${e.role}|${e.target}`))
      continue;
    const role: Role = { role: e.role, of: e.target };
    if (e.firstDate) role.since = e.firstDate;
    roles.push(role);
    known.add(`${e.role}|${e.target}`);
  }
  return { entity, roles, mentions, documents: [...documents.values()], relations };
}

export function evidence(ctx: ReadContext, relationId: string): EvidenceRow[] | null {
  const found = evidenceOf(ctx.session, relationId, DETAIL_ROW_CAP);
  if (!found.length) return null;
  const docs = new Map<string, Row | undefined>();
  for (const id of new Set(found.map((e) => String(e.docId))))
    docs.set(id, ctx.session.rows(`MATCH (d:Document {id: $id}) RETURN ${DOC_FIELDS}`, { id })[0]);
  const rows = found
    .map((e) => ({ e, d: docs.get(String(e.docId)) }))
    .sort(
      (x, y) =>
        cmp(isoDate(x.e.date) ?? '\uffff', isoDate(y.e.date) ?? '\uffff') ||
        cmp(String(x.e.docId), String(y.e.docId)) ||
        num(x.e.sentence) - num(y.e.sentence) ||
        num(x.e.startOffset) - num(y.e.startOffset),
    );
  const out = rows.map((r) => {
    const e = r.e;
    const row: EvidenceRow = {
      relationId,
      docId: String(e.docId),
      sentence: num(e.sentence),
      start: num(e.startOffset),
      end: num(e.endOffset),
      text: String(e.text ?? ''),
      highlights: e.highlights
        ? (JSON.parse(String(e.highlights)) as EvidenceRow['highlights'])
        : [],
    };
    const title = str(r.d?.title);
    const docDate = isoDate(r.d?.date);
    const source = str(r.d?.source);
    const date = isoDate(e.date);
    if (title) row.docTitle = title;
    if (docDate) row.docDate = docDate;
    if (source) row.docSource = source;
    if (date) row.date = date;
    Object.assign(row, modalityOf(e.modality, e.claimant));
    return row;
  });
  if (!ctx.catalog.hasSyndication) return out;
  return withOutlets(out, copiesOf(ctx.session, [...docs.keys()]));
}

export function stats(ctx: ReadContext): Stats {
  const count = (cypher: string): number => num(ctx.session.rows(cypher)[0]?.c);
  const entitiesByType: Record<string, number> = {};
  for (const t of ENTITY_TYPES) entitiesByType[t] = count(`MATCH (n:${q(t)}) RETURN count(*) AS c`);
  const relationsByType: Record<string, number> = {};
  for (const t of ctx.catalog.existingTypes()) {
    const c = count(`MATCH ()-[r:${t}]->() RETURN count(*) AS c`);
    if (c > 0) relationsByType[t] = c;
  }
  const range = ctx.session.rows(
    'MATCH (d:Document) RETURN min(d.date) AS lo, max(d.date) AS hi UNION ALL MATCH (e:Evidence) RETURN min(e.date) AS lo, max(e.date) AS hi',
  );
  const los = range
    .map((r) => isoDate(r.lo))
    .filter((d): d is string => Boolean(d))
    .sort();
  const his = range
    .map((r) => isoDate(r.hi))
    .filter((d): d is string => Boolean(d))
    .sort();
  const dateRange: Stats['dateRange'] = {};
  if (los.length) dateRange.min = los[0];
  if (his.length) dateRange.max = his[his.length - 1];
  return {
    dialect: 'kuzu',
    documents: count('MATCH (d:Document) RETURN count(*) AS c'),
    entities: Object.values(entitiesByType).reduce((a, b) => a + b, 0),
    relations: Object.values(relationsByType).reduce((a, b) => a + b, 0),
    evidence: count('MATCH (e:Evidence) RETURN count(*) AS c'),
    entitiesByType,
    relationsByType,
    dateRange,
  };
}

/** Every entity and every relationship (weak ones included). */
export function exportAll(ctx: ReadContext): Subgraph {
  const nodes = [...ctx.index.all()].map((e) => nodeFromIndex(ctx, e.id) as GraphNode);
  const subgraph = finish(nodes, [...ctx.adjacency.all()], 0);
  for (const n of subgraph.nodes) delete n.hiddenNeighbors;
  return subgraph;
}

/** Fill the read cache with every relationship edge (scalar columns: cheaper than rel values). */
export function loadEdges(session: KuzuSession, catalog: KuzuCatalog, adjacency: Adjacency): void {
  for (const type of catalog.existingTypes()) {
    const rows = session.rows(
      `MATCH ()-[r:${type}]->() RETURN r.id AS id, r.count AS count, r.firstDate AS firstDate, r.lastDate AS lastDate, ` +
        'r.confidence AS confidence, r.cameo AS cameo, r.quadClass AS quadClass, r.role AS role, r.negated AS negated',
    );
    for (const r of rows) adjacency.upsert(toGraphEdge({ ...r, _label: type }));
  }
}
