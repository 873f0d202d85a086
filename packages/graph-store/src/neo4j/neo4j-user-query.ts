/**
 * Read-only user Cypher on Neo4j: parser-based write detector first (writes never reach the
 * server) and the shared size guard (`checkBuildCost`: huge range/lpad/repeat values and
 * products), then a READ transaction with a timeout, a row cap, and a refusal of any result
 * whose `summary.queryType` is not 'r' (throwing inside the work function rolls it back).
 */
import neo4j from 'neo4j-driver';
import type { CypherResult } from '@kg/schema';
import { checkBuildCost, tokenize } from '../cypher-guard';
import { QueryRejectedError, QuerySyntaxError } from '../errors';
import type { UserQueryOptions } from '../graph-store';
import { runRows, type Neo4jContext } from './neo4j-context';
import { NODES_BY_IDS } from './statements';
import { createValueConverter, toGraphNode } from './to-app-value';
import { detectWrites } from './write-detector';

const SOURCE = 'neo4j/runUserQuery';

/** JSON params -> driver params: whole numbers become INTEGER so `LIMIT $n` works. */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

export async function runUserQuery(
  ctx: Neo4jContext,
  query: string,
  params: Record<string, unknown>,
  options: UserQueryOptions,
): Promise<CypherResult> {
  const started = performance.now();
  const check = await detectWrites(query);
  if (check.kind === 'syntax') throw new QuerySyntaxError(SOURCE, check.message);
  if (check.kind === 'refused')
    throw new QueryRejectedError(
      SOURCE,
      `${check.reason}: user queries are read-only (add data with \`kg ingest\`)`,
    );
  const tooBig = checkBuildCost(tokenize(query));
  if (tooBig) throw new QueryRejectedError(SOURCE, tooBig);

  const { columns, records, truncated } = await ctx.read(
    'runUserQuery',
    async (tx) => {
      const result = tx.run(query, toDriverParams(params) as Record<string, unknown>);
      const columns = (await result.keys()).map(String);
      const iterator = result[Symbol.asyncIterator]();
      const records: unknown[][] = [];
      let truncated = false;
      let summary;
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          summary = next.value;
          break;
        }
        if (records.length >= options.limit) {
          truncated = true;
          summary = (await iterator.return?.())?.value;
          break;
        }
        records.push(next.value.keys.map((k) => next.value.get(k)));
      }
      const queryType =
        summary && typeof summary === 'object'
          ? (summary as { queryType?: string }).queryType
          : undefined;
      if (queryType !== 'r') {
        throw new QueryRejectedError(
          SOURCE,
          `the database classified the query as '${queryType}', not read-only`,
        );
      }
      return { columns, records, truncated };
    },
    { timeoutMs: options.timeoutMs, fetchSize: Math.min(options.limit + 1, 1000) },
  );

  const converter = createValueConverter();
  const rows = records.map((r) => r.map(converter.convert));
  const nodes = converter.nodes();
  const edges = converter.edges();
  const known = new Set(nodes.map((n) => n.id));
  const missing = [...new Set(edges.flatMap((e) => [e.source, e.target]))].filter(
    (id) => !known.has(id),
  );
  if (missing.length > 0) {
    const found = await ctx.read(
      'runUserQuery',
      (tx) => runRows(tx, NODES_BY_IDS, { ids: missing }),
      {
        timeoutMs: options.timeoutMs,
      },
    );
    for (const r of found) {
      const node = toGraphNode(r.node as Record<string, unknown>);
      if (node) nodes.push(node);
    }
  }
  return {
    columns,
    rows,
    truncated,
    dialect: 'neo4j',
    nodes,
    edges,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
