import type { GraphEdge, GraphFilter, GraphNode, NeighborhoodQuery, Subgraph, SubgraphQuery } from '@kg/schema';
import type { KuzuCatalog } from './kuzu-schema';
import { q } from './kuzu-schema';
import type { KuzuSession, Params } from './kuzu-session';
import type { SearchIndex } from './search-index';
import { admittedRelationTypes, nodeTypeCondition, relConditions, where } from './graph-filter';
import { isObj, num, toGraphEdge } from './values';

export interface ReadContext {
  session: KuzuSession;
  catalog: KuzuCatalog;
  index: SearchIndex;
}

export function nodeFromIndex(ctx: ReadContext, id: string): GraphNode | null {
  const e = ctx.index.get(id);
  if (!e) return null;
  const node: GraphNode = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, degree: e.degree };
  if (e.iso3) node.iso3 = e.iso3;
  return node;
}

/** Neighbourhood of an entity; depth > 1 uses `* SHORTEST 1..k` (never plain `*1..k` on hubs). */
export function neighborhood(ctx: ReadContext, id: string, query: NeighborhoodQuery): Subgraph | null {
  const centerType = ctx.index.typeOf(id);
  if (!centerType) return null;
  const center = nodeFromIndex(ctx, id) as GraphNode;
  const rel = ctx.catalog.relPattern(admittedRelationTypes(query));
  if (!rel) return finish(ctx, [center], [], 0);
  const params: Params = { id };
  const relConds = relConditions('r', query, params);
  const nodeCond = nodeTypeCondition('n', query, params);
  const distance = new Map<string, number>();
  if (query.depth <= 1) {
    const rows = ctx.session.rows(
      `MATCH (c:${q(centerType)} {id: $id})-[r${rel}]-(n) ${where([...relConds, nodeCond])} RETURN DISTINCT n.id AS id`,
      params,
    );
    for (const r of rows) distance.set(String(r.id), 1);
  } else {
    const inner = [...relConditions('r', query, params), nodeTypeCondition('m', query, params)];
    const innerWhere = inner.filter(Boolean).length ? ` (r, m | ${where(inner)})` : '';
    const rows = ctx.session.rows(
      `MATCH (c:${q(centerType)} {id: $id})-[p${rel}* SHORTEST 1..${query.depth}${innerWhere}]-(n) ` +
        `${where([nodeCond, 'n.id <> $id'])} RETURN n.id AS id, length(p) AS d`,
      params,
    );
    for (const r of rows) distance.set(String(r.id), num(r.d));
  }
  distance.delete(id);
  const ranked = [...distance.keys()].sort(
    (a, b) =>
      (distance.get(a) ?? 0) - (distance.get(b) ?? 0) ||
      (ctx.index.get(b)?.degree ?? 0) - (ctx.index.get(a)?.degree ?? 0) ||
      a.localeCompare(b),
  );
  const kept = ranked.slice(0, Math.max(0, query.limit - 1));
  const nodes = [center, ...kept.map((k) => nodeFromIndex(ctx, k)).filter((n): n is GraphNode => n !== null)];
  return finish(ctx, nodes, inducedEdges(ctx, nodes, query), ranked.length - kept.length);
}

/** Whole graph under the filters, capped to the highest-degree nodes. */
export function subgraph(ctx: ReadContext, query: SubgraphQuery & GraphFilter): Subgraph {
  const rel = ctx.catalog.relPattern(admittedRelationTypes(query));
  if (!rel) return { nodes: [], edges: [], omittedNodes: 0 };
  const params: Params = {};
  const conds = [...relConditions('r', query, params), nodeTypeCondition('a', query, params), nodeTypeCondition('b', query, params)];
  const rows = ctx.session.rows(`MATCH (a)-[r${rel}]->(b) ${where(conds)} RETURN DISTINCT a.id AS a, b.id AS b`, params);
  const ids = new Set<string>();
  for (const r of rows) ids.add(String(r.a)).add(String(r.b));
  const ranked = [...ids].sort(
    (a, b) => (ctx.index.get(b)?.degree ?? 0) - (ctx.index.get(a)?.degree ?? 0) || a.localeCompare(b),
  );
  const kept = ranked
    .slice(0, query.limit)
    .map((k) => nodeFromIndex(ctx, k))
    .filter((n): n is GraphNode => n !== null);
  return finish(ctx, kept, inducedEdges(ctx, kept, query), ranked.length - kept.length);
}

/** Edges passing the filters between the given nodes, fetched from each node outwards. */
export function inducedEdges(ctx: ReadContext, nodes: GraphNode[], f: Partial<GraphFilter>): GraphEdge[] {
  const rel = ctx.catalog.relPattern(admittedRelationTypes(f));
  if (!rel || !nodes.length) return [];
  const all = nodes.map((n) => n.id);
  const edges = new Map<string, GraphEdge>();
  const byType = new Map<string, string[]>();
  for (const n of nodes) {
    const list = byType.get(n.type);
    if (list) list.push(n.id);
    else byType.set(n.type, [n.id]);
  }
  for (const [type, ids] of byType) {
    const params: Params = { ids, keep: all };
    const conds = ['a.id = x', 'b.id IN $keep', ...relConditions('r', f, params)];
    const rows = ctx.session.rows(`UNWIND $ids AS x MATCH (a:${q(type)})-[r${rel}]->(b) ${where(conds)} RETURN r`, params);
    for (const row of rows) if (isObj(row.r)) edges.set(String(row.r.id), toGraphEdge(row.r));
  }
  return [...edges.values()];
}

/** hiddenNeighbors = stored degree minus the node's edges in view (never negative). */
export function finish(_ctx: ReadContext, nodes: GraphNode[], edges: GraphEdge[], omitted: number): Subgraph {
  const visible = new Map<string, number>();
  for (const e of edges) {
    visible.set(e.source, (visible.get(e.source) ?? 0) + 1);
    visible.set(e.target, (visible.get(e.target) ?? 0) + 1);
  }
  for (const n of nodes) n.hiddenNeighbors = Math.max(0, (n.degree ?? 0) - (visible.get(n.id) ?? 0));
  return { nodes, edges, omittedNodes: Math.max(0, omitted) };
}
