import { openStore } from '@kg/graph-store';
import { intFlag, parseCommandArgs } from '../args';
import type { CliIO } from '../io';
import { closeOnSignals, serveStore } from '../serve';

/** `kg serve [--port N] [--host H]`: API and viewer over the configured store. */
export async function serveCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('serve', argv, {
    port: { type: 'string' },
    host: { type: 'string' },
  });
  const port =
    values.port === undefined ? undefined : intFlag('serve', 'port', values.port, 4173, 0, 65535);
  const store = await openStore(io.env);
  const { url, close } = await serveStore(store, io.env, { port, host: values.host });
  closeOnSignals(close, io.stderr);
  io.stdout.write(`kg: serving the graph (${store.dialect}) at ${url}\n`);
  return new Promise<number>(() => {
    /* runs until a signal stops the process */
  });
}
