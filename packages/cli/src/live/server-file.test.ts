import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRunningServer, readServerFile, SERVER_FILE, writeServerFile } from './server-file';

const dir = mkdtempSync(join(tmpdir(), 'kg-server-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (record: unknown) => writeFileSync(join(dir, SERVER_FILE), JSON.stringify(record));

describe('server-file', () => {
  it('should find a live server and remove only its own record', async () => {
    const http = createServer((_req, res) => res.end('{"status":"ok"}'));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const remove = writeServerFile(dir, { url, bodyLimit: 1000 });
      expect(await findRunningServer(dir)).toMatchObject({
        pid: process.pid,
        url,
        bodyLimit: 1000,
      });
      remove();
      expect(readServerFile(dir)).toBeUndefined();
      const removeOld = writeServerFile(dir, { url });
      put({ pid: process.pid + 1, url });
      removeOld();
      expect(readServerFile(dir)?.pid).toBe(process.pid + 1);
    } finally {
      http.close();
    }
  });

  it.each([
    ['a dead pid', { pid: 2 ** 22 + 12345, url: 'http://127.0.0.1:1' }],
    ['a live pid whose url does not answer', { pid: process.pid, url: 'http://127.0.0.1:1' }],
    ['a malformed record', { pid: 'x', url: 3 }],
    ['a url with a path', { pid: process.pid, url: 'http://127.0.0.1:1/evil' }],
  ])('should ignore a stale file: %s', async (_what, record) => {
    put(record);
    expect(await findRunningServer(dir, 500)).toBeUndefined();
  });
});
