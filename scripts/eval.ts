/**
 * Scores the extractor against the gold annotations.
 *
 *   npx tsx scripts/eval.ts [--json] [--verbose] [files...]
 *
 * files: gold files (`*.gold.json`), articles with a gold file next to them, or folders (every
 * gold file in them, e.g. data/eval-holdout); by default every
 * gold file in data/eval/ plus ../shared/corpus/seed-gold.json when present. Prints a table per
 * document with micro-averaged totals; --verbose adds what was missed and what was wrong,
 * --json prints the reports. Exits 0 whatever the scores.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  conlluArticle,
  createExtractor,
  formatEvalReport,
  formatEvalSummary,
  GoldSchema,
  scoreExtraction,
  sumScores,
  type EvalReport,
  type Gold,
} from '@kg/extractor';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_EVAL_DIR = join(ROOT, 'data/eval');
const DEFAULT_SEED_GOLD = resolve(ROOT, '../shared/corpus/seed-gold.json');
/** Where `shared:` paths of gold files point (the team's shared folder beside the repository). */
const SHARED_DIR = resolve(process.env.KG_SHARED_DIR || join(ROOT, '../shared'));

interface Options {
  json: boolean;
  verbose: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const files = argv.filter((a) => !a.startsWith('--'));
  for (const flag of argv.filter((a) => a.startsWith('--'))) {
    if (!['--json', '--verbose'].includes(flag))
      throw new Error(`scripts/eval: unknown option ${flag}`);
  }
  return { json: argv.includes('--json'), verbose: argv.includes('--verbose'), files };
}

/** Every gold file directly inside a folder, sorted by name. */
function goldFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(dir, f));
}

function defaultGoldFiles(): string[] {
  const evalFiles = existsSync(DEFAULT_EVAL_DIR) ? goldFilesIn(DEFAULT_EVAL_DIR) : [];
  return existsSync(DEFAULT_SEED_GOLD) ? [...evalFiles, DEFAULT_SEED_GOLD] : evalFiles;
}

/** The gold files for a path given on the command line: a folder's, itself, or the article's sibling. */
function goldFilesFor(path: string): string[] {
  if (existsSync(path) && statSync(path).isDirectory()) return goldFilesIn(resolve(path));
  if (path.endsWith('.json')) return [resolve(path)];
  return [resolve(path.replace(/\.(txt|md)$/, '') + '.gold.json')];
}

interface Case {
  gold: Gold;
  goldFile: string;
  text: string;
}

/**
 * A gold file's article: `doc` is relative to the gold file, or `shared:PATH` in the shared
 * folder (texts that may not be copied into the repository, e.g. ../shared/datasets).
 */
function articlePath(goldFile: string, doc: string): string {
  return doc.startsWith('shared:')
    ? join(SHARED_DIR, doc.slice('shared:'.length))
    : join(dirname(goldFile), doc);
}

/**
 * The shared Wikinews files start `Title\ndate YYYY-MM-DD\n\n`: put the date line first, where
 * the extractor reads headers, and keep the title as the headline paragraph.
 */
function asArticle(text: string): string {
  const m = /^([^\n]+)\n(date \d{4}-\d{2}-\d{2})\n\n/.exec(text);
  return m ? `${m[2]}\n${m[1]}\n\n${text.slice(m[0].length)}` : text;
}

function loadCase(goldFile: string): Case {
  const parsed = GoldSchema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
  if (!parsed.success) throw new Error(`scripts/eval: ${goldFile}: ${parsed.error.message}`);
  const path = articlePath(goldFile, parsed.data.doc);
  if (!existsSync(path))
    throw new Error(
      `scripts/eval: ${goldFile}: its article ${path} is missing (set KG_SHARED_DIR?)`,
    );
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.conllu')) return { gold: parsed.data, goldFile, text: asArticle(raw) };
  if (!parsed.data.date)
    throw new Error(`scripts/eval: ${goldFile}: a CoNLL-U article needs the gold's "date"`);
  return { gold: parsed.data, goldFile, text: conlluArticle(raw, parsed.data.date) };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const goldFiles =
    options.files.length > 0 ? options.files.flatMap(goldFilesFor) : defaultGoldFiles();
  const extractor = createExtractor();
  for (const warning of extractor.warnings) console.error(`extractor: ${warning}`);
  const reports: EvalReport[] = [];
  for (const goldFile of goldFiles) {
    try {
      const { gold, text } = loadCase(goldFile);
      const { result, failures } = extractor.extract([{ id: gold.doc, text }]);
      for (const f of failures)
        console.error(`${gold.doc}: extraction failed: ${f.origin}: ${f.message}`);
      reports.push(scoreExtraction(gold, result, { docId: gold.doc }));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
  }
  if (reports.length === 0) {
    console.error('scripts/eval: no document scored');
    return;
  }
  const totals = {
    entities: sumScores(reports.map((r) => r.entities.scores)),
    relations: sumScores(reports.map((r) => r.relations.scores)),
  };
  if (options.json) {
    console.log(JSON.stringify({ documents: reports, totals }, null, 2));
    return;
  }
  if (options.verbose) {
    for (const report of reports) console.log(`${formatEvalReport(report)}\n`);
  }
  console.log(formatEvalSummary(reports));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
}
