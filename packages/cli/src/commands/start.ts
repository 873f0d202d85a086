import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '@kg/graph-store';
import { intFlag, parseCommandArgs } from '../args';
import { formatIngestSummary, ingestPaths } from '../ingest-paths';
import type { CliIO } from '../io';
import { closeOnSignals, serveStore } from '../serve';

/** Default corpus: the project's articles plus the shared sample corpus when it is present. */
export function defaultCorpusPaths(cwd: string): string[] {
  return [resolve(cwd, 'data/articles'), resolve(cwd, '../shared/corpus')].filter((p) =>
    existsSync(p),
  );
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
  const { url, close } = await serveStore(store, io.env, { port, host: values.host });
  closeOnSignals(close, io.stderr);
  io.stdout.write(`kg: open ${url} in a browser (Ctrl+C to stop)\n`);
  return new Promise<number>(() => {
    /* runs until a signal stops the process */
  });
}
