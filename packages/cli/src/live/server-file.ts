import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `$KG_DATA_DIR/server.json`: how other `kg` commands find the server of this data dir. */
export const SERVER_FILE = 'server.json';

export interface ServerInfo {
  pid: number;
  url: string;
  startedAt: string;
  version: string;
  /** The server's body limit for POST /api/documents, in bytes (the CLI batches below it). */
  bodyLimit?: number;
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Writes server.json for this process (replacing a stale one); returns its remover. */
export function writeServerFile(
  dataDir: string,
  info: { url: string; bodyLimit?: number },
): () => void {
  const file = join(dataDir, SERVER_FILE);
  const record: ServerInfo = {
    pid: process.pid,
    url: info.url,
    startedAt: new Date().toISOString(),
    version: VERSION,
    ...(info.bodyLimit ? { bodyLimit: info.bodyLimit } : {}),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  // only our own record: a later server of the same data dir may have replaced it
  return () => {
    if (readServerFile(dataDir)?.pid === process.pid) rmSync(file, { force: true });
  };
}

/** The recorded server, or undefined when there is no (readable, well-formed) server.json. */
export function readServerFile(dataDir: string): ServerInfo | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dataDir, SERVER_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const r = raw as Partial<ServerInfo> | null;
  if (!r || !Number.isInteger(r.pid) || typeof r.url !== 'string') return undefined;
  if (!/^http:\/\/[^/]+$/.test(r.url)) return undefined;
  return {
    pid: r.pid!,
    url: r.url,
    startedAt: String(r.startedAt ?? ''),
    version: String(r.version ?? ''),
    ...(Number.isInteger(r.bodyLimit) && r.bodyLimit! > 0 ? { bodyLimit: r.bodyLimit } : {}),
  };
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The live server of this data dir: server.json names a running process whose /api/health
 * answers (any HTTP status) within `timeoutMs`. A stale file (dead pid, no answer) counts as no server.
 */
export async function findRunningServer(
  dataDir: string,
  timeoutMs = 2000,
): Promise<ServerInfo | undefined> {
  const info = readServerFile(dataDir);
  if (!info || !pidAlive(info.pid)) return undefined;
  try {
    const res = await fetch(`${info.url}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    // any HTTP answer (even 503: store unreachable) means the server holds this data dir
    return info;
  } catch {
    return undefined;
  }
}
