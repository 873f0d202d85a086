import { createExtractor, type DocumentInput } from '@kg/extractor';
import { join, resolve } from 'node:path';
import { createFileViewStore, loadServerConfig, startServer, type AppDeps } from '@kg/graph-server';
import type { GraphStore } from '@kg/graph-store';
import { VIEWER_PUBLIC_DIR } from '@kg/viewer';
import { curationFor } from './curated-store';

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

/** Saved views live next to the embedded store: `$KG_DATA_DIR/views.json` (default `.kg/`). */
export function viewStorePath(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): string {
  return resolve(cwd, join(env.KG_DATA_DIR || '.kg', 'views.json'));
}

/** Start the API + viewer over `store` (opened with `openCuratedStore`); `close()` finishes in-flight requests, then closes the store. */
export async function serveStore(
  store: GraphStore,
  env: Record<string, string | undefined>,
  overrides: { port?: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadServerConfig(env, overrides);
  const server = await startServer(
    {
      store,
      config,
      viewerDir: VIEWER_PUBLIC_DIR,
      ingest: createIngestFn(store),
      views: createFileViewStore(viewStorePath(env)),
      curation: curationFor(store, env),
    },
    { port: config.port, host: config.host },
  );
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await server.close();
      await store.close();
    })());
  return { url: server.url, close };
}

/** Stop cleanly on SIGTERM/SIGINT: in-flight requests finish, the store closes, then exit. */
export function closeOnSignals(close: () => Promise<void>, stderr: NodeJS.WriteStream): void {
  const onSignal = (signal: string) => {
    stderr.write(`\nkg: ${signal} received, finishing in-flight requests...\n`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        stderr.write(`kg: shutdown failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
}
