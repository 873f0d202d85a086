import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDirOf } from '@kg/graph-store';
import { intFlag } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { formatIngestSummary, ingestPaths } from '../ingest-paths';
import { closeOnSignals, describeAccess, serveStore } from '../serve';
import { openStoreExplained, refuseSecondServer } from '../live/connect';
import { LISTEN_OPTIONS } from './serve';

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

/** `kg start [PATH...] [--port N] [--host H] [--json]`: ingest the corpus, then serve. */
export const startSpec: CommandSpec = {
  name: 'start',
  summary: 'ingest the corpus (data/articles, ../shared/corpus) or PATHs, then serve',
  args: '[PATH|URL...]',
  options: LISTEN_OPTIONS,
  examples: ['kg start', 'kg start my-articles/ --port 8080'],
  notes: 'This is what `pnpm start` runs. Ingesting is idempotent: a second start changes nothing.',
  async run(args, opts, io) {
    const port =
      opts.port === undefined
        ? undefined
        : intFlag('start', 'port', str(opts.port), 4173, 0, 65535);
    const paths = args.length > 0 ? args : defaultCorpusPaths(io.cwd);
    const dataDir = dataDirOf(io.env);
    await refuseSecondServer(dataDir);
    const store = await openStoreExplained(io.env, dataDir, io.stderr);
    io.stderr.write(`kg start: ingesting ${paths.join(', ')} into the ${store.dialect} store\n`);
    const summary = await ingestPaths(store, paths, { stderr: io.stderr });
    io.stderr.write(`${formatIngestSummary(summary)}\n`);
    const { url, access, close } = await serveStore(
      store,
      { KG_LOG_LEVEL: 'warn', ...io.env },
      { port, host: str(opts.host) },
      { dataDir },
    );
    closeOnSignals(close, io.stderr);
    io.stdout.write(
      opts.json
        ? `${JSON.stringify({ url, dialect: store.dialect, writes: access.mode })}\n`
        : `kg: open ${url} in a browser (Ctrl+C to stop)\n${describeAccess(url, access)}`,
    );
    return new Promise<number>(() => {
      /* runs until a signal stops the process */
    });
  },
};
