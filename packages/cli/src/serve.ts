import { createExtractor, type DocumentInput } from '@kg/extractor';
import { join, resolve } from 'node:path';
import {
  createFileViewStore,
  loadServerConfig,
  removeEditorToken,
  resolveWriteAccess,
  startServer,
  type AppDeps,
  type WriteAccess,
} from '@kg/graph-server';
import type { GraphStore } from '@kg/graph-store';
import { VIEWER_PUBLIC_DIR } from '@kg/viewer';
import { curationFor } from './curated-store';
import { writeServerFile } from './live/server-file';

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

export interface ServedStore {
  url: string;
  /** Who may write; `{ mode: 'env' }` when the caller gives no `live` option and KG_API_TOKEN is set. */
  access: WriteAccess;
  close(): Promise<void>;
}

/**
 * Start the API + viewer; `close()` finishes in-flight requests, then closes the store. With
 * `live.dataDir` (what `kg serve` and `kg start` pass), the server announces itself in
 * `dataDir/server.json` and, on a loopback address without KG_API_TOKEN, writes a generated
 * editor token to `dataDir/editor-token`; both files go at close.
 */
export async function serveStore(
  store: GraphStore,
  env: Record<string, string | undefined>,
  overrides: { port?: number; host?: string },
  live?: { dataDir: string },
): Promise<ServedStore> {
  const config = loadServerConfig(env, overrides);
  const access: WriteAccess = live
    ? resolveWriteAccess({ apiToken: config.apiToken, host: config.host, dataDir: live.dataDir })
    : config.apiToken
      ? { mode: 'env', token: config.apiToken }
      : { mode: 'off', reason: 'writes are off: set KG_API_TOKEN to enable them' };
  const server = await startServer(
    {
      store,
      config: { ...config, apiToken: 'token' in access ? access.token : undefined },
      viewerDir: VIEWER_PUBLIC_DIR,
      ingest: createIngestFn(store),
      views: createFileViewStore(viewStorePath(env)),
      curation: curationFor(store, env),
    },
    { port: config.port, host: config.host },
  ).catch((error: unknown) => {
    removeEditorToken(access);
    throw error;
  });
  const removeServerFile = live
    ? writeServerFile(live.dataDir, { url: server.url, bodyLimit: config.bodyLimit })
    : () => undefined;
  const forget = () => {
    removeServerFile();
    removeEditorToken(access);
  };
  // also on a crash: a stale server.json is ignored, but a token file should not outlive us
  process.once('exit', forget);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      forget();
      process.off('exit', forget);
      await server.close();
      await store.close();
    })());
  return { url: server.url, access, close };
}

/** The lines `kg serve` / `kg start` print about writing: the editor link, or how to enable it. */
export function describeAccess(url: string, access: WriteAccess): string {
  if (access.mode === 'generated') {
    return `kg: editor link (can add articles; keep it private): ${url}/#editor=${access.token}\n`;
  }
  if (access.mode === 'env') {
    return `kg: writes enabled with KG_API_TOKEN; editor link: ${url}/#editor=<KG_API_TOKEN>\n`;
  }
  return `kg: ${access.reason}\n`;
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
