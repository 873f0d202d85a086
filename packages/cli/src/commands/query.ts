import { connect } from '../live/connect';
import { intFlag, UsageError } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { formatTable } from '../table';

/** `kg query "CYPHER" [--limit N] [--json] [--timeout MS]`: read-only query, table on stdout. */
export const querySpec: CommandSpec = {
  name: 'query',
  summary: 'run a read-only Cypher query and print a table (or JSON)',
  args: '[CYPHER]',
  options: [
    ['--limit <n>', 'at most this many rows (default 1000)'],
    ['--timeout <ms>', 'query time limit (default 10000)'],
    ['--json', 'print {columns, rows, truncated} as one JSON object'],
  ],
  notes:
    'With a `kg serve`/`kg start` of the same KG_DATA_DIR running, the query goes to it\n' +
    '(POST /api/cypher): its row cap (KG_MAX_ROWS) and time limit (KG_QUERY_TIMEOUT_MS) apply.',
  examples: [
    'kg query "MATCH (e:Entity) RETURN e.name, e.type LIMIT 10"',
    'kg query "MATCH (d:Document) RETURN count(d) AS docs" --json',
  ],
  async run(args, opts, io) {
    if (args.length !== 1)
      throw new UsageError('query', 'give exactly one Cypher query (quote it)');
    const limit = intFlag('query', 'limit', str(opts.limit), 1000, 1, 100_000);
    const timeoutMs = intFlag('query', 'timeout', str(opts.timeout), 10_000, 100, 600_000);
    const target = await connect('query', io);
    const result =
      target.kind === 'server'
        ? await target.client.cypher(args[0]!, limit)
        : await target.store
            .runUserQuery(args[0]!, {}, { limit, timeoutMs })
            .finally(() => target.store.close());
    if (opts.json) {
      const { columns, rows, truncated } = result;
      io.stdout.write(`${JSON.stringify({ columns, rows, truncated })}\n`);
    } else {
      io.stdout.write(`${formatTable(result.columns, result.rows)}\n`);
      const more = result.truncated ? ` (truncated at ${result.rows.length}; use --limit)` : '';
      io.stderr.write(
        `${result.rows.length} row(s) in ${result.elapsedMs.toFixed(1)} ms [${result.dialect}]${more}\n`,
      );
    }
    return 0;
  },
};
