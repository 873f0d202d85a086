import type { QueryResult } from './engine';
import type { CypherResult, GraphEdge, GraphNode } from '@kg/schema';
import { ResultTooLargeError } from '../errors';
import { DEFAULT_MAX_RESULT_BYTES } from '../graph-store';
import type { UserQueryOptions } from '../graph-store';
import {
  isEntityNode,
  isPathValue,
  isRelationEdge,
  toGraphEdge,
  toGraphNode,
  toPlain,
} from './values';
import type { Obj } from './values';

const SOURCE = 'embedded/query';

/** Up to `limit` rows and `maxBytes` of JSON, with the graph values they hold. */
export function readRows(result: QueryResult, options: UserQueryOptions): CypherResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_RESULT_BYTES;
  const columns = result.getColumnNamesSync();
  const rows: unknown[][] = [];
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let bytes = 0;
  while (result.hasNext()) {
    if (rows.length >= options.limit) {
      truncated = true;
      break;
    }
    const row = result.getNextSync();
    if (!row) break;
    const raw = columns.map((c) => row[c]);
    const plain = raw.map(toPlain);
    bytes += JSON.stringify(plain).length;
    if (bytes > maxBytes) throw tooLarge(rows.length, maxBytes);
    for (const v of raw) collect(v, nodes, edges);
    rows.push(plain);
  }
  return {
    columns,
    rows,
    truncated,
    dialect: 'kuzu',
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    elapsedMs: 0,
  };
}

export function closeAll(result: QueryResult | QueryResult[]): void {
  for (const r of Array.isArray(result) ? result : [result]) r.close();
}

function tooLarge(row: number, maxBytes: number): ResultTooLargeError {
  return new ResultTooLargeError(
    SOURCE,
    `the result is larger than ${maxBytes.toLocaleString('en')} bytes (reached at row ${row + 1}): return fewer or smaller columns (e.g. substring(d.text, 0, 200)) or add a LIMIT`,
  );
}

function collect(v: unknown, nodes: Map<string, GraphNode>, edges: Map<string, GraphEdge>): void {
  if (Array.isArray(v)) {
    for (const x of v) collect(x, nodes, edges);
    return;
  }
  const o = v as Obj;
  if (isEntityNode(o)) nodes.set(String(o.id), toGraphNode(o));
  else if (isRelationEdge(o)) edges.set(String(o.id), toGraphEdge(o));
  else if (isPathValue(o)) {
    collect(o._nodes, nodes, edges);
    collect(o._rels, nodes, edges);
  }
}
