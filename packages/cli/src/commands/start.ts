import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore } from '@kg/graph-store';
import { intFlag, parseCommandArgs } from '../args';
import { formatIngestSummary, ingestPaths } from '../ingest-paths';
import type { CliIO } from '../io';
import { closeOnSignals, serveStore } from '../serve';

const ARTICLE_FILE = /\.(txt|md|html?)$/i;

/**
 * Default corpus: the project's articles plus the article files of the shared sample corpus
 * when it is present (its gold annotations are not articles).
 */
export function defaultCorpusPaths(cwd: string): string[] {
  const shared = resolve(cwd, '../shared/corpus');
  const sharedArticles = existsSync(shared)
    ? readdirSync(shared)
        .filter((f) => ARTICLE_FILE.test(f))
        .map((f) => join(shared, f))
    : [];
  return [resolve(cwd, 'data/articles'), ...sharedArticles].filter((p) => existsSync(p));
}

/** `kg start [PATH...]`: ingest the corpus (idempotent) then serve the API and viewer. */
export async function startCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('start', argv, {
    port: { type: 'string' },
    host: { type: 'string' },
  });
  const port =
    values.port === undefined ? undefined : intFlag('start', 'port', values.port, 4173, 0, 65535);
  const paths = positionals.length > 0 ? positionals : defaultCorpusPaths(io.cwd);
  const store = await openStore(io.env);
  io.stderr.write(`kg start: ingesting ${paths.join(', ')} into the ${store.dialect} store\n`);
  const summary = await ingestPaths(store, paths, { stderr: io.stderr });
  io.stderr.write(`${formatIngestSummary(summary)}\n`);
  const { url, close } = await serveStore(
    store,
    { KG_LOG_LEVEL: 'warn', ...io.env },
    { port, host: values.host },
  );
  closeOnSignals(close, io.stderr);
  io.stdout.write(`kg: open ${url} in a browser (Ctrl+C to stop)\n`);
  return new Promise<number>(() => {
    /* runs until a signal stops the process */
  });
}
