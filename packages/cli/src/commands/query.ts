import { openStore } from '@kg/graph-store';
import { intFlag, parseCommandArgs, UsageError } from '../args';
import type { CliIO } from '../io';
import { formatTable } from '../table';

/** `kg query "CYPHER" [--limit N] [--json] [--timeout MS]`: read-only query, table on stdout. */
export async function queryCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('query', argv, {
    limit: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length !== 1)
    throw new UsageError('query', 'give exactly one Cypher query (quote it)');
  const limit = intFlag('query', 'limit', values.limit, 1000, 1, 100_000);
  const timeoutMs = intFlag('query', 'timeout', values.timeout, 10_000, 100, 600_000);
  const store = await openStore(io.env);
  try {
    const result = await store.runUserQuery(positionals[0], {}, { limit, timeoutMs });
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated })}\n`,
      );
    } else {
      io.stdout.write(`${formatTable(result.columns, result.rows)}\n`);
      const more = result.truncated ? ` (truncated at ${limit}; use --limit)` : '';
      io.stderr.write(
        `${result.rows.length} row(s) in ${result.elapsedMs.toFixed(1)} ms [${result.dialect}]${more}\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}
