import { createExtractor } from '@kg/extractor';
import { readSources } from '../inputs/read-sources';
import { parseCommandArgs, UsageError } from '../args';
import type { CliIO } from '../io';

export const EXTRACT_FORMATS = ['json'] as const;

/** `kg extract FILE... [--format json] [--id ID] [--date YYYY-MM-DD]`: ExtractionResult on stdout. */
export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('extract', argv, {
    format: { type: 'string', default: 'json' },
    id: { type: 'string' },
    date: { type: 'string' },
    pretty: { type: 'boolean', default: false },
  });
  if (positionals.length === 0) throw new UsageError('extract', 'give at least one FILE or folder');
  if (!EXTRACT_FORMATS.includes(values.format as (typeof EXTRACT_FORMATS)[number])) {
    throw new UsageError(
      'extract',
      `--format must be one of ${EXTRACT_FORMATS.join(', ')} (got "${values.format}")`,
    );
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError('extract', `--date must be YYYY-MM-DD (got "${values.date}")`);
  }
  const { inputs, failures: readFailures } = await readSources(positionals, {
    id: values.id,
    date: values.date,
  });
  const { result, failures } = createExtractor().extract(inputs, { referenceDate: values.date });
  const allFailures = [...readFailures, ...failures];
  for (const f of allFailures) io.stderr.write(`kg extract: ${f.origin}: ${f.message}\n`);
  io.stdout.write(`${JSON.stringify(result, null, values.pretty ? 2 : undefined)}\n`);
  if (result.documents.length === 0) return 1;
  return allFailures.length > 0 ? 1 : 0;
}
