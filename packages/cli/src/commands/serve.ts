import { intFlag } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { closeOnSignals, serveStore } from '../serve';
import { openCuratedStore } from '../curated-store';

export const LISTEN_OPTIONS: Array<[string, string]> = [
  ['--port <n>', 'port to listen on (default 4173; 0 picks a free one)'],
  ['--host <host>', 'address to listen on (default 127.0.0.1)'],
  ['--json', 'print {"url", "dialect"} as one JSON line once listening'],
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
    const store = await openCuratedStore(io.env);
    const { url, close } = await serveStore(store, io.env, { port, host: str(opts.host) });
    closeOnSignals(close, io.stderr);
    io.stdout.write(
      opts.json
        ? `${JSON.stringify({ url, dialect: store.dialect })}\n`
        : `kg: serving the graph (${store.dialect}) at ${url}\n`,
    );
    return new Promise<number>(() => {
      /* runs until a signal stops the process */
    });
  },
};
