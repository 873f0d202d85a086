import type { GraphEdge, GraphNode, PathsQuery } from '@kg/schema';
import type { PathResult } from '../graph-store';
import { q } from './kuzu-schema';
import { admittedRelationTypes } from './graph-filter';
import { finish, nodeFromIndex } from './neighborhood';
import type { ReadContext } from './neighborhood';
import { isRelationEdge, toGraphEdge } from './values';
import type { Obj } from './values';

/** Up to `limit` shortest paths (ALL SHORTEST, undirected); weak edges only when listed. */
export function paths(ctx: ReadContext, query: PathsQuery): PathResult | null {
  const fromType = ctx.index.typeOf(query.from);
  const toType = ctx.index.typeOf(query.to);
  if (!fromType || !toType) return null;
  const from = nodeFromIndex(ctx, query.from) as GraphNode;
  if (query.from === query.to) {
    return { paths: [{ nodes: [query.from], edges: [] }], subgraph: finish(ctx, [from], [], 0) };
  }
  const types = query.relationTypes?.length ? query.relationTypes : admittedRelationTypes({ includeWeak: false });
  const rel = ctx.catalog.relPattern(types);
  if (!rel) return { paths: [], subgraph: { nodes: [], edges: [], omittedNodes: 0 } };
  const hops = Math.max(1, Math.min(query.maxHops, 6));
  const rows = ctx.session.rows(
    `MATCH (a:${q(fromType)} {id: $from})-[p${rel}* ALL SHORTEST 1..${hops}]-(b:${q(toType)} {id: $to}) ` +
      `RETURN properties(nodes(p), 'id') AS ids, rels(p) AS rels LIMIT ${Math.max(1, query.limit)}`,
    { from: query.from, to: query.to },
  );
  const edges = new Map<string, GraphEdge>();
  const nodeIds = new Set<string>();
  const out: PathResult['paths'] = [];
  for (const row of rows) {
    const ids = [query.from, ...(row.ids as unknown[]).map(String), query.to];
    const rels = (row.rels as unknown[]).filter(isRelationEdge).map((v) => toGraphEdge(v as Obj));
    for (const id of ids) nodeIds.add(id);
    for (const e of rels) edges.set(e.id, e);
    out.push({ nodes: ids, edges: rels.map((e) => e.id) });
  }
  const nodes = [...nodeIds].map((id) => nodeFromIndex(ctx, id)).filter((n): n is GraphNode => n !== null);
  return { paths: out, subgraph: finish(ctx, nodes, [...edges.values()], 0) };
}
