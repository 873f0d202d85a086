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
  GET_DOCUMENT,
  GET_ENTITY,
  LIST_DOCUMENTS,
  SEARCH_ENTITIES,
  STATS_DATES,
  STATS_ENTITIES,
  STATS_EVIDENCE,
  STATS_RELATIONS,
  TYPO_CANDIDATES,
  FUZZY_CANDIDATES,
} from './statements';
import {
  compareHits,
  matchTier,
  MIN_TYPO_LENGTH,
  normalizeName,
  searchKeys,
  searchPatterns,
  SUBSTRING_TIER,
  TIER_SCORES,
  typoTier,
  fuzzyCandidateQuery,
} from './search-rank';
import { toGraphEdge, toGraphNode, toNumber } from './to-app-value';
import { modalityOf } from '../evidence-modality';
import { withOutlets } from '../syndication';
import { copiesOf, copyOfDocument } from './neo4j-syndication';

/** Entity detail and evidence lists are capped (at the embedded store's cap): hubs stay small. */
export const DEFAULT_DETAIL_LIMIT = 2000;

/** A non-empty string, else undefined: empty optional texts are absent (as in the embedded store). */
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

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
  if (!row) return null;
  const doc: DocumentRecord = { ...toDocument(row.doc as Row), text: str(row.text) ?? '' };
  const copyOf = await copyOfDocument(ctx, docId);
  if (copyOf) doc.copyOf = copyOf;
  return doc;
}

export async function stats(ctx: Neo4jContext): Promise<Stats> {
  return ctx.read('stats', async (tx) => {
    const [docs] = await runRows(tx, COUNT_DOCUMENTS);
    const entityRows = await runRows(tx, STATS_ENTITIES);
    const relationRows = await runRows(tx, STATS_RELATIONS);
    const [evidence] = await runRows(tx, STATS_EVIDENCE);
    const entitiesByType: Record<string, number> = Object.fromEntries(
      ENTITY_TYPES.map((t) => [t, 0]),
    );
    for (const r of entityRows) {
      if ((ENTITY_TYPES as readonly unknown[]).includes(r.label))
        entitiesByType[String(r.label)] = toNumber(r.n) ?? 0;
    }
    const relationsByType: Record<string, number> = {};
    for (const r of relationRows) relationsByType[String(r.type)] = toNumber(r.n) ?? 0;
    const dates: string[] = [];
    for (const r of await runRows(tx, STATS_DATES))
      for (const d of [r.lo, r.hi]) if (str(d) !== undefined) dates.push(String(d));
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
      dateRange: dates.length ? { min: dates[0], max: dates[dates.length - 1] } : {},
    };
  });
}

interface Hit {
  result: SearchResult;
  tier: number;
  degree: number;
  name: string;
}

/** Candidate rows -> hits of the tier `tierOf` gives (rows without one are dropped). */
function hits(rows: Row[], tierOf: (keys: string[]) => number | undefined): Hit[] {
  const out: Hit[] = [];
  for (const r of rows) {
    const node = toGraphNode(r.node as Row);
    const tier = node && tierOf(searchKeys(node.name, node.aliases));
    if (!node || tier === undefined) continue;
    const degree = toNumber(r.degree) ?? 0;
    const { id, name, type, aliases } = node;
    out.push({
      result: { id, name, type, aliases, degree, score: TIER_SCORES[tier] },
      tier,
      degree,
      name,
    });
  }
  return out;
}

/** Ranked name search, same tiers and order as the embedded store (see search-rank.ts). */
export async function search(ctx: Neo4jContext, query: SearchQuery): Promise<SearchResult[]> {
  const nq = normalizeName(query.q);
  if (!nq) return [];
  const { typo, ...patterns } = searchPatterns(nq);
  const types = query.types?.length ? query.types : null;
  const rows = await ctx.read('search', (tx) =>
    runRows(tx, SEARCH_ENTITIES, { ...patterns, types, limit: int(query.limit) }),
  );
  let found = hits(rows, (keys) => matchTier(nq, keys));
  // substrings count only when no name or word starts with the query
  if (found.some((h) => h.tier < SUBSTRING_TIER))
    found = found.filter((h) => h.tier < SUBSTRING_TIER);
  if (found.length === 0 && nq.length >= MIN_TYPO_LENGTH) {
    // the full-text index first; the exact (scanning) candidates only when it finds nothing,
    // e.g. for a typo that joins or splits words
    const lucene = fuzzyCandidateQuery(nq);
    if (lucene) {
      const fuzzy = await ctx.read('search', (tx) =>
        runRows(tx, FUZZY_CANDIDATES, { lucene, types }),
      );
      found = hits(fuzzy, (keys) => typoTier(nq, keys));
    }
    if (found.length === 0) {
      const candidates = await ctx.read('search', (tx) =>
        runRows(tx, TYPO_CANDIDATES, { typo, types }),
      );
      found = hits(candidates, (keys) => typoTier(nq, keys));
    }
  }
  return found
    .sort(compareHits)
    .slice(0, query.limit)
    .map((h) => h.result);
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
      ).sort((a, b) => a.start - b.start),
    );
    const relations = edgesFrom(
      await runRows(tx, ENTITY_RELATIONS, { id, limit: int(DEFAULT_DETAIL_LIMIT) }),
    );
    return { entity, roles: withHeldRoles(id, roles, relations), mentions, documents, relations };
  });
}

/** Stored roles plus those of the entity's HOLDS_ROLE relationships (as the embedded store). */
function withHeldRoles(id: string, roles: Role[], relations: GraphEdge[]): Role[] {
  const out = [...roles];
  const known = new Set(roles.map((r) => `${r.role}|${r.of ?? ''}`));
  for (const e of relations) {
    const key = `${e.role}|${e.target}`;
    if (e.type !== 'HOLDS_ROLE' || e.source !== id || !e.role || known.has(key)) continue;
    out.push(
      e.firstDate
        ? { role: e.role, of: e.target, since: e.firstDate }
        : { role: e.role, of: e.target },
    );
    known.add(key);
  }
  return out;
}

export async function evidence(
  ctx: Neo4jContext,
  relationId: string,
): Promise<EvidenceRow[] | null> {
  const rows = await ctx.read('evidence', (tx) =>
    runRows(tx, EVIDENCE_ROWS, { id: relationId, limit: int(DEFAULT_DETAIL_LIMIT) }),
  );
  if (rows.length === 0) return null;
  const out = rows.map((r) => {
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
    Object.assign(out, modalityOf(ev.modality, ev.claimant));
    return out;
  });
  return withOutlets(out, await copiesOf(ctx, [...new Set(out.map((r) => r.docId))]));
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
