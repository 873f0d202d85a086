/** Document, stats, search, entity, evidence and export reads for the Neo4j adapter. */
import {
  ENTITY_TYPES,
  HighlightSchema,
  MentionSchema,
  RoleSchema,
  type Document,
  type EntityDetail,
  type EvidenceRow,
  type GraphEdge,
  type GraphNode,
  type Highlight,
  type Mention,
  type Role,
  type SearchQuery,
  type SearchResult,
  type Stats,
  type Subgraph,
} from '@kg/schema';
import type { DocumentRecord } from '../graph-store';
import { int, runRows, type Neo4jContext, type Row } from './neo4j-context';
import {
  COUNT_DOCUMENTS,
  ENTITY_MENTIONS,
  ENTITY_RELATIONS,
  EVIDENCE_ROWS,
  EXPORT_EDGES,
  EXPORT_NODES,
  FUZZY_SEARCH_ENTITIES,
  GET_DOCUMENT,
  GET_ENTITY,
  LIST_DOCUMENTS,
  SEARCH_ENTITIES,
  STATS_ENTITIES,
  STATS_EVIDENCE,
  STATS_RELATIONS,
} from './statements';
import { foldText } from './fold-text';
import { toGraphEdge, toGraphNode, toNumber } from './to-app-value';

/** Entity detail lists are capped so a hub cannot return megabytes. */
export const DEFAULT_DETAIL_LIMIT = 1000;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function toDocument(map: Row): Document {
  const doc: Document = { id: String(map.id), sentences: toNumber(map.sentences) ?? 0 };
  const title = str(map.title);
  if (title !== undefined) doc.title = title;
  const date = str(map.date);
  if (date !== undefined) doc.date = date;
  const source = str(map.source);
  if (source !== undefined) doc.source = source;
  return doc;
}

export function nodesFrom(rows: Row[], key = 'node'): GraphNode[] {
  return rows.map((r) => toGraphNode(r[key] as Row, r.degree)).filter((n): n is GraphNode => !!n);
}

export function edgesFrom(rows: Row[], key = 'edge'): GraphEdge[] {
  return rows.map((r) => toGraphEdge(r[key] as Row)).filter((e): e is GraphEdge => !!e);
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Items of a stored JSON array that pass a schema (anything else is dropped). */
function parseList<T>(text: unknown, parse: (v: unknown) => { success: boolean; data?: T }): T[] {
  const value = parseJson(text);
  if (!Array.isArray(value)) return [];
  return value
    .map((v) => parse(v))
    .filter((r) => r.success)
    .map((r) => r.data as T);
}

export async function listDocuments(ctx: Neo4jContext, options: { limit: number; offset: number }) {
  return ctx.read('listDocuments', async (tx) => {
    const [count] = await runRows(tx, COUNT_DOCUMENTS);
    const rows = await runRows(tx, LIST_DOCUMENTS, {
      offset: int(options.offset),
      limit: int(options.limit),
    });
    return {
      total: toNumber(count?.total) ?? 0,
      documents: rows.map((r) => toDocument(r.doc as Row)),
    };
  });
}

export async function getDocument(
  ctx: Neo4jContext,
  docId: string,
): Promise<DocumentRecord | null> {
  const [row] = await ctx.read('getDocument', (tx) => runRows(tx, GET_DOCUMENT, { id: docId }));
  return row ? { ...toDocument(row.doc as Row), text: str(row.text) ?? '' } : null;
}

export async function stats(ctx: Neo4jContext): Promise<Stats> {
  return ctx.read('stats', async (tx) => {
    const [docs] = await runRows(tx, COUNT_DOCUMENTS);
    const entityRows = await runRows(tx, STATS_ENTITIES);
    const relationRows = await runRows(tx, STATS_RELATIONS);
    const [evidence] = await runRows(tx, STATS_EVIDENCE);
    const entitiesByType: Record<string, number> = {};
    for (const r of entityRows) {
      if ((ENTITY_TYPES as readonly unknown[]).includes(r.label))
        entitiesByType[String(r.label)] = toNumber(r.n) ?? 0;
    }
    const relationsByType: Record<string, number> = {};
    const dates: string[] = [];
    for (const r of relationRows) {
      relationsByType[String(r.type)] = toNumber(r.n) ?? 0;
      for (const d of [r.minDate, r.maxDate]) if (typeof d === 'string') dates.push(d);
    }
    dates.sort();
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return {
      dialect: 'neo4j',
      documents: toNumber(docs?.total) ?? 0,
      entities: sum(entitiesByType),
      relations: sum(relationsByType),
      evidence: toNumber(evidence?.n) ?? 0,
      entitiesByType,
      relationsByType,
      dateRange: { min: dates[0], max: dates[dates.length - 1] },
    };
  });
}

/** Lucene query for the fuzzy fallback: every word fuzzy-matched, special characters escaped. */
export function fuzzyLuceneQuery(q: string): string {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&')}~`)
    .join(' AND ');
}

function toSearchResult(r: Row, score: number): SearchResult | undefined {
  const node = toGraphNode(r.node as Row);
  if (!node) return undefined;
  return {
    id: node.id,
    name: node.name,
    type: node.type,
    aliases: node.aliases,
    degree: toNumber(r.degree) ?? 0,
    score,
  };
}

export async function search(ctx: Neo4jContext, query: SearchQuery): Promise<SearchResult[]> {
  const q = foldText(query.q);
  const params = { q, types: query.types?.length ? query.types : null, limit: int(query.limit) };
  const exact = await ctx.read('search', (tx) => runRows(tx, SEARCH_ENTITIES, params));
  if (exact.length > 0) {
    return exact
      .map((r) => toSearchResult(r, toNumber(r.score) ?? 0))
      .filter((r): r is SearchResult => !!r);
  }
  const lucene = fuzzyLuceneQuery(q);
  if (!lucene) return [];
  const fuzzy = await ctx.read('search', (tx) =>
    runRows(tx, FUZZY_SEARCH_ENTITIES, { ...params, lucene }),
  );
  const top = Math.max(...fuzzy.map((r) => toNumber(r.score) ?? 0), 1e-9);
  // Fuzzy hits rank below every exact/prefix/substring hit (those score 0.6..1).
  return fuzzy
    .map((r) =>
      toSearchResult(r, Math.round(((0.5 * (toNumber(r.score) ?? 0)) / top) * 1000) / 1000),
    )
    .filter((r): r is SearchResult => !!r);
}

export async function getEntity(ctx: Neo4jContext, id: string): Promise<EntityDetail | null> {
  return ctx.read('getEntity', async (tx) => {
    const [row] = await runRows(tx, GET_ENTITY, { id });
    const entity = row && toGraphNode(row.node as Row, row.degree);
    if (!entity) return null;
    const roles = (Array.isArray(row.roles) ? row.roles : [])
      .map((r) => RoleSchema.safeParse(parseJson(r)))
      .filter((r) => r.success)
      .map((r) => r.data as Role);
    const mentionRows = await runRows(tx, ENTITY_MENTIONS, {
      id,
      limit: int(DEFAULT_DETAIL_LIMIT),
    });
    const documents = mentionRows.map((r) => toDocument(r.doc as Row));
    const mentions: Mention[] = mentionRows.flatMap((r) =>
      parseList<Mention>(r.spans, (s) =>
        MentionSchema.safeParse({ ...(s as object), docId: String((r.doc as Row).id) }),
      ),
    );
    const relations = edgesFrom(
      await runRows(tx, ENTITY_RELATIONS, { id, limit: int(DEFAULT_DETAIL_LIMIT) }),
    );
    return { entity, roles, mentions, documents, relations };
  });
}

export async function evidence(
  ctx: Neo4jContext,
  relationId: string,
): Promise<EvidenceRow[] | null> {
  const rows = await ctx.read('evidence', (tx) => runRows(tx, EVIDENCE_ROWS, { id: relationId }));
  if (rows.length === 0) return null;
  return rows.map((r) => {
    const ev = r.ev as Row;
    const doc = (r.doc ?? {}) as Row;
    const out: EvidenceRow = {
      relationId: String(ev.relationId),
      docId: String(ev.docId),
      sentence: toNumber(ev.sentence) ?? 0,
      start: toNumber(ev.start) ?? 0,
      end: toNumber(ev.end) ?? 0,
      text: str(ev.text) ?? '',
      highlights: parseList<Highlight>(ev.highlights, (h) => HighlightSchema.safeParse(h)),
    };
    if (str(doc.title) !== undefined) out.docTitle = str(doc.title);
    if (str(doc.date) !== undefined) out.docDate = str(doc.date);
    if (str(doc.source) !== undefined) out.docSource = str(doc.source);
    if (str(ev.date) !== undefined) out.date = str(ev.date);
    return out;
  });
}

export async function exportAll(ctx: Neo4jContext): Promise<Subgraph> {
  return ctx.read(
    'exportAll',
    async (tx) => ({
      nodes: nodesFrom(await runRows(tx, EXPORT_NODES)),
      edges: edgesFrom(await runRows(tx, EXPORT_EDGES)),
      omittedNodes: 0,
    }),
    { timeoutMs: 600_000 },
  );
}
