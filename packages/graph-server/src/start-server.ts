import type { AddressInfo } from 'node:net';
import { createApp } from './create-app';
import type { AppDeps } from './app-context';
import type { GraphEvents } from './live/graph-events';

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes idle sockets. */
  close(): Promise<void>;
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** Starts the app on host:port (port 0 = any free port). Does not close the store. */
export function startServer(
  deps: AppDeps,
  opts: { port: number; host: string; shutdownGraceMs?: number },
): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = app.listen(opts.port, opts.host);
    server.keepAliveTimeout = 5_000;
    server.headersTimeout = 10_000;
    server.requestTimeout = 120_000;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      let closing: Promise<void> | undefined;
      const close = () => {
        closing ??= new Promise<void>((done, fail) => {
          (app.locals.events as GraphEvents | undefined)?.close();
          const grace = opts.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
          const force = setTimeout(() => server.closeAllConnections(), grace);
          // Keep-alive sockets become idle when their in-flight response ends: close them then.
          const sweep = setInterval(() => server.closeIdleConnections(), 50);
          server.close((err) => {
            clearTimeout(force);
            clearInterval(sweep);
            if (err) fail(err);
            else done();
          });
          server.closeIdleConnections();
        });
        return closing;
      };
      resolve({ url: `http://${host}:${port}`, close });
    });
  });
}
