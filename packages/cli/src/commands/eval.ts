import { readFile } from 'node:fs/promises';
import { ExtractionResultSchema } from '@kg/schema';
import { formatEvalReport, GoldSchema, scoreExtraction } from '@kg/extractor';
import { parseCommandArgs, UsageError } from '../args';
import type { CliIO } from '../io';

async function readJson(command: string, path: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(command, `cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new UsageError(command, `${path} is not JSON: ${(error as Error).message}`);
  }
}

/** `kg eval GOLD.json PRED.json [--json]`: precision/recall/F1 of an extraction against gold. */
export async function evalCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', argv, {
    json: { type: 'boolean', default: false },
  });
  if (positionals.length !== 2)
    throw new UsageError(
      'eval',
      'usage: kg eval GOLD.json PRED.json (PRED from kg extract --format json)',
    );
  const gold = GoldSchema.safeParse(await readJson('eval', positionals[0]));
  if (!gold.success)
    throw new UsageError(
      'eval',
      `${positionals[0]} is not a gold file: ${gold.error.issues[0]?.message}`,
    );
  const pred = ExtractionResultSchema.safeParse(await readJson('eval', positionals[1]));
  if (!pred.success)
    throw new UsageError(
      'eval',
      `${positionals[1]} is not an ExtractionResult: ${pred.error.issues[0]?.message}`,
    );
  const report = scoreExtraction(gold.data, pred.data);
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report)}\n`);
  return 0;
}
