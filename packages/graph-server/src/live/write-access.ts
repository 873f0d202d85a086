import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file beside the store that holds the generated editor token (mode 0600). */
export const EDITOR_TOKEN_FILE = 'editor-token';

/** How writes (POST/DELETE) are guarded on this server. */
export type WriteAccess =
  | { mode: 'env'; token: string }
  | { mode: 'generated'; token: string; file: string }
  | { mode: 'off'; reason: string };

/** 127.0.0.0/8, ::1 and localhost: only processes of this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Who may write: KG_API_TOKEN when set; else, on a loopback address, a fresh random token
 * written to `$dataDir/editor-token` (0600: whoever can read it can already write the store's
 * files); else (a non-loopback address without KG_API_TOKEN) nobody.
 */
export function resolveWriteAccess(options: {
  apiToken?: string;
  host: string;
  dataDir: string;
}): WriteAccess {
  if (options.apiToken) return { mode: 'env', token: options.apiToken };
  if (!isLoopbackHost(options.host)) {
    return {
      mode: 'off',
      reason: `writes are off: the server listens on ${options.host}, not a loopback address, and KG_API_TOKEN is not set; set KG_API_TOKEN (16+ characters) to enable them`,
    };
  }
  const token = randomBytes(24).toString('base64url');
  const file = join(options.dataDir, EDITOR_TOKEN_FILE);
  mkdirSync(options.dataDir, { recursive: true });
  // a new file each start: an old token stops working, and the mode is set at creation
  rmSync(file, { force: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { mode: 'generated', token, file };
}

/** Removes the generated token file at shutdown (no-op for the other modes). */
export function removeEditorToken(access: WriteAccess): void {
  if (access.mode === 'generated') rmSync(access.file, { force: true });
}
