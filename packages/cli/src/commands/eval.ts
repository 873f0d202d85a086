import { readFile } from 'node:fs/promises';
import { ExtractionResultSchema } from '@kg/schema';
import { correctionPrecision, formatPrecision, resolveCorrections } from '@kg/curation';
import { formatEvalReport, GoldSchema, scoreExtraction } from '@kg/extractor';
import { UsageError } from '../args';
import type { CommandSpec } from '../command-spec';
import { correctionsLogOf } from '../curated-store';

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
export const evalSpec: CommandSpec = {
  name: 'eval',
  summary: 'score an extraction against a gold annotation (precision, recall, F1)',
  args: '[GOLD.json] [PRED.json]',
  options: [
    ['--json', 'print the scores as one JSON object'],
    [
      '--corrections',
      "the extractor's precision on your corpus from confirmed vs rejected relations (corrections log)",
    ],
  ],
  examples: [
    'kg eval ../shared/corpus/seed-gold.json pred.json --json',
    'kg extract ../shared/corpus/belarus-2022-04-07.txt > pred.json   # makes PRED.json',
    'kg eval --corrections',
  ],
  async run(args, opts, io) {
    if (opts.corrections) {
      if (args.length) throw new UsageError('eval', '--corrections takes no files');
      const report = correctionPrecision(
        resolveCorrections(correctionsLogOf(io.env).records()).active,
      );
      io.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatPrecision(report)}\n`);
      return 0;
    }
    if (args.length !== 2)
      throw new UsageError(
        'eval',
        'usage: kg eval GOLD.json PRED.json (PRED from kg extract --format json)',
      );
    const gold = GoldSchema.safeParse(await readJson('eval', args[0]!));
    if (!gold.success)
      throw new UsageError(
        'eval',
        `${args[0]} is not a gold file: ${gold.error.issues[0]?.message}`,
      );
    const pred = ExtractionResultSchema.safeParse(await readJson('eval', args[1]!));
    if (!pred.success)
      throw new UsageError(
        'eval',
        `${args[1]} is not an ExtractionResult: ${pred.error.issues[0]?.message}`,
      );
    const report = scoreExtraction(gold.data, pred.data);
    io.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report)}\n`);
    return 0;
  },
};
