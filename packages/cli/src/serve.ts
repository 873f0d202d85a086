import { createExtractor, type DocumentInput } from '@kg/extractor';
import { loadServerConfig, startServer, type AppDeps } from '@kg/graph-server';
import type { GraphStore } from '@kg/graph-store';
import { VIEWER_PUBLIC_DIR } from '@kg/viewer';

/** The server's ingest dependency: intake + extraction of posted documents, then store ingest. */
export function createIngestFn(store: GraphStore): NonNullable<AppDeps['ingest']> {
  const extractor = createExtractor();
  return async (docs) => {
    const inputs: DocumentInput[] = docs.map((d, i) => ({
      ...d,
      origin: d.id ?? `document ${i + 1}`,
    }));
    const { result, texts, failures } = extractor.extract(inputs);
    const report = await store.ingest(result, texts);
    return { documents: result.documents.map((d) => d.id), failures, report };
  };
}

/** Start the API + viewer and stop cleanly on SIGTERM/SIGINT (in-flight requests finish). */
export async function serveStore(
  store: GraphStore,
  env: Record<string, string | undefined>,
  overrides: { port?: number; host?: string },
  stderr: NodeJS.WriteStream,
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadServerConfig(env, overrides);
  const server = await startServer(
    { store, config, viewerDir: VIEWER_PUBLIC_DIR, ingest: createIngestFn(store) },
    { port: config.port, host: config.host },
  );
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await server.close();
      await store.close();
    })());
  const onSignal = (signal: string) => {
    stderr.write(`\nkg serve: ${signal} received, finishing in-flight requests...\n`);
    void close().then(
      () => process.exit(0),
      (error: unknown) => {
        stderr.write(`kg serve: shutdown failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  return { url: server.url, close };
}
