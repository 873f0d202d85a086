import { dataDirOf, StoreLockedError, type GraphStore } from '@kg/graph-store';
import { openCuratedStore } from '../curated-store';
import type { CliIO } from '../io';
import { editorToken, ServerClient } from './server-client';
import { findRunningServer } from './server-file';

/** The store is locked and no server of its data dir answers: says how to proceed. */
export class StoreHeldError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`@kg/cli/connect: ${message}`, options);
    this.name = 'StoreHeldError';
  }
}

/** Where a command sends its work: the running server of the data dir, or the store itself. */
export type Target =
  | { kind: 'server'; client: ServerClient }
  | { kind: 'store'; store: GraphStore };

/**
 * The running server of KG_DATA_DIR when there is one (says so on stderr), else the store
 * opened directly. A store locked by a process that is no server gets a message saying how to
 * proceed instead of the bare lock error.
 */
export async function connect(command: string, io: CliIO): Promise<Target> {
  const dataDir = dataDirOf(io.env);
  const server = await findRunningServer(dataDir);
  if (server) {
    io.stderr.write(`kg ${command}: sent to the running server at ${server.url}\n`);
    return { kind: 'server', client: new ServerClient(server, editorToken(io.env, dataDir)) };
  }
  return { kind: 'store', store: await openStoreExplained(io.env, dataDir, io.stderr) };
}

/** openStore (with the corrections log applied at ingest), with the lock error explained for a data dir that no live server announces. */
export async function openStoreExplained(
  env: Record<string, string | undefined>,
  dataDir = dataDirOf(env),
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<GraphStore> {
  try {
    return await openCuratedStore(env, (line) => stderr.write(`${line}\n`));
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    throw new StoreHeldError(
      `the store at ${dataDir} is held by another process, and no kg server of this data dir answers (${dataDir}/server.json is missing or stale). ` +
        'It may be another `kg ingest`, `kg watch` or `kg repair`: wait for it to finish or stop it. ' +
        'To add articles while the viewer runs, start it with `kg serve` or `kg start` (from this version on): `kg ingest`, `kg query` and `kg watch` then go through it.',
      { cause: error },
    );
  }
}

/** `kg serve`/`kg start` when a server of the data dir already answers: point to it. */
export async function refuseSecondServer(dataDir: string): Promise<void> {
  const running = await findRunningServer(dataDir);
  if (running) {
    throw new StoreHeldError(
      `a server of this data dir (${dataDir}) already runs at ${running.url} (pid ${running.pid}): open it, or stop it first; \`kg ingest\` and \`kg watch\` add articles to it`,
    );
  }
}
