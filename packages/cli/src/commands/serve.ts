import { dataDirOf } from '@kg/graph-store';
import { intFlag } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { closeOnSignals, describeAccess, serveStore } from '../serve';
import { openStoreExplained, refuseSecondServer } from '../live/connect';

export const LISTEN_OPTIONS: Array<[string, string]> = [
  ['--port <n>', 'port to listen on (default 4173; 0 picks a free one)'],
  ['--host <host>', 'address to listen on (default 127.0.0.1)'],
  ['--json', 'print {"url", "dialect", "writes"} as one JSON line once listening'],
];

/** `kg serve [--port N] [--host H] [--json]`: API and viewer over the configured store. */
export const serveSpec: CommandSpec = {
  name: 'serve',
  summary: 'serve the HTTP API and the viewer over the store (Ctrl+C stops it)',
  options: LISTEN_OPTIONS,
  examples: ['kg serve --port 8080', 'NEO4J_URI=bolt://127.0.0.1:7687 kg serve'],
  async run(_args, opts, io) {
    const port =
      opts.port === undefined
        ? undefined
        : intFlag('serve', 'port', str(opts.port), 4173, 0, 65535);
    const dataDir = dataDirOf(io.env);
    await refuseSecondServer(dataDir);
    const store = await openStoreExplained(io.env, dataDir, io.stderr);
    const { url, access, close } = await serveStore(
      store,
      io.env,
      { port, host: str(opts.host) },
      { dataDir },
    );
    closeOnSignals(close, io.stderr);
    io.stdout.write(
      opts.json
        ? `${JSON.stringify({ url, dialect: store.dialect, writes: access.mode })}\n`
        : `kg: serving the graph (${store.dialect}) at ${url}\n${describeAccess(url, access)}`,
    );
    return new Promise<number>(() => {
      /* runs until a signal stops the process */
    });
  },
};
