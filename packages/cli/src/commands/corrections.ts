import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  describeCorrection,
  exportCorrections,
  findStale,
  planImport,
  resolveCorrections,
  type StaleCorrection,
} from '@kg/curation';
import type { GraphStore } from '@kg/graph-store';
import { UsageError } from '../args';
import { str, type CommandSpec, type Opts } from '../command-spec';
import { correctionsLogOf, curationFor, openCuratedStore } from '../curated-store';
import type { CliIO } from '../io';
import { writeCorrectionsGold } from './corrections-gold';

/** Runs `use` on the corrected store, closed after. */
async function withStore<T>(io: CliIO, use: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openCuratedStore(io.env);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

const noArgs = (name: string, args: string[]) => {
  if (args.length) throw new UsageError(`corrections ${name}`, `unexpected argument "${args[0]}"`);
};

async function list(args: string[], opts: Opts, io: CliIO): Promise<number> {
  noArgs('list', args);
  const log = correctionsLogOf(io.env);
  const { records, warnings } = log.read();
  for (const w of warnings) io.stderr.write(`kg corrections: warning: ${w}\n`);
  const resolution = resolveCorrections(records);
  let stale: StaleCorrection[] = [];
  try {
    stale = await withStore(io, (store) => findStale(store, resolution.active));
  } catch (err) {
    io.stderr.write(
      `kg corrections: warning: stale corrections not checked: ${(err as Error).message}\n`,
    );
  }
  const conflict = new Map(resolution.conflicts.map((c) => [c.record.id, c.message]));
  const staleOf = new Map(stale.map((s) => [s.record.id, s.message]));
  const active = new Set(resolution.active.map((r) => r.id));
  const rows = records.map((r) => {
    const undoneBy = resolution.undone.get(r.id)?.id;
    const status = conflict.has(r.id)
      ? `conflict: ${conflict.get(r.id)}`
      : undoneBy
        ? `undone by ${undoneBy}`
        : staleOf.has(r.id)
          ? `stale: ${staleOf.get(r.id)}`
          : active.has(r.id)
            ? 'active'
            : 'applied';
    return { record: r, status };
  });
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ records: rows, warnings })}\n`);
    return 0;
  }
  if (!rows.length) io.stdout.write(`no corrections in ${log.path}\n`);
  for (const { record: r, status } of rows)
    io.stdout.write(
      `${r.id}  ${r.at.slice(0, 19)}  ${r.author}: ${describeCorrection(r)}${r.why ? ` (why: ${r.why})` : ''}  [${status}]\n`,
    );
  return stale.length || resolution.conflicts.length ? 1 : 0;
}

async function exportLog(args: string[], opts: Opts, io: CliIO): Promise<number> {
  noArgs('export', args);
  const out = str(opts.out);
  const format = str(opts.format) ?? (out?.endsWith('.json') ? 'json' : 'jsonl');
  if (format !== 'json' && format !== 'jsonl')
    throw new UsageError('corrections export', `--format must be json or jsonl (got "${format}")`);
  const { records } = correctionsLogOf(io.env).read();
  const text = exportCorrections(records, format);
  if (!out) io.stdout.write(text);
  else {
    writeFileSync(resolve(io.cwd, out), text);
    io.stderr.write(`kg corrections: ${records.length} record(s) written to ${out}\n`);
  }
  return 0;
}

async function importLog(args: string[], _opts: Opts, io: CliIO): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('corrections import', 'give one file (JSONL or a JSON array of records)');
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, args[0]!), 'utf8');
  } catch (err) {
    throw new UsageError('corrections import', `cannot read ${args[0]}: ${(err as Error).message}`);
  }
  const log = correctionsLogOf(io.env);
  const plan = planImport(log.records(), text, args[0]!);
  return withStore(io, async (store) => {
    log.append(plan.records);
    const reingested = await curationFor(store, io.env).reapply(plan.records);
    io.stdout.write(
      `imported ${plan.records.length} correction(s) (${plan.skipped} already in the log); ${reingested} document(s) re-ingested\n`,
    );
    return 0;
  });
}

async function undo(args: string[], opts: Opts, io: CliIO): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('corrections undo', 'give the id of the correction to undo');
  return withStore(io, async (store) => {
    const out = await curationFor(store, io.env).undo(args[0]!, {
      author: str(opts.author) ?? io.env.USER,
      why: str(opts.why),
    });
    io.stdout.write(
      `${out.record.id}: undo ${args[0]}; ${out.reingested} document(s) re-ingested\n`,
    );
    return 0;
  });
}

async function gold(args: string[], opts: Opts, io: CliIO): Promise<number> {
  noArgs('gold', args);
  const dir = str(opts.out);
  if (!dir) throw new UsageError('corrections gold', 'give --out DIR');
  const active = resolveCorrections(correctionsLogOf(io.env).records()).active;
  const files = await withStore(io, (store) =>
    writeCorrectionsGold(store, active, resolve(io.cwd, dir)),
  );
  io.stdout.write(`${files.length / 2} gold file(s) written to ${dir}\n`);
  return 0;
}

/** `kg corrections list|export|import|undo|gold`: the corrections log beside the store. */
export const correctionsSpec: CommandSpec = {
  name: 'corrections',
  summary: 'list, export, import, undo corrections; make gold files from them',
  examples: ['kg corrections list', 'kg corrections export --out team.jsonl'],
  notes:
    'The log is $KG_DATA_DIR/corrections.log.jsonl (append-only, one JSON record per line);\n' +
    'every ingest and `kg repair` apply the corrections in effect.',
  children: [
    {
      name: 'list',
      summary: 'every correction with its status (active, undone, conflict, stale)',
      options: [['--json', 'print { records: [{ record, status }], warnings } as JSON']],
      examples: ['kg corrections list', 'kg corrections list --json'],
      notes:
        'Exit code 1 when a correction is stale (its actor or relation is gone) or in conflict.',
      run: list,
    },
    {
      name: 'export',
      summary: 'write the log as JSONL (default) or a JSON array',
      options: [
        ['--out <file>', 'file to write (default stdout); a .json name writes a JSON array'],
        ['--format <f>', 'jsonl or json'],
      ],
      examples: ['kg corrections export --out corrections.jsonl'],
      run: exportLog,
    },
    {
      name: 'import',
      summary: 'append the records of an export (all validated first; all or nothing)',
      args: '<FILE>',
      examples: ['kg corrections import team.jsonl'],
      notes:
        'Records already in the log (same id) are skipped; a record that is invalid or conflicts\n' +
        'with the log is reported with its line, and then nothing is imported.',
      run: importLog,
    },
    {
      name: 'undo',
      summary: 'withdraw a correction (appends an undo record) and re-ingest what it changed',
      args: '<ID>',
      options: [
        ['--author <name>', 'who undoes it (default $USER)'],
        ['--why <text>', 'why'],
      ],
      examples: ['kg corrections undo c-mf3k2x-4f9a1c --why "merged by mistake"'],
      run: undo,
    },
    {
      name: 'gold',
      summary: 'write gold files (eval format) from confirmed and added relations',
      options: [['--out <dir>', 'directory for <doc>.gold.json and <doc>.txt']],
      examples: ['kg corrections gold --out gold/ && kg eval gold/x.gold.json pred.json'],
      run: gold,
    },
  ],
};
