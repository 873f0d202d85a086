import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, removeEditorToken, resolveWriteAccess } from './write-access';

const dir = mkdtempSync(join(tmpdir(), 'kg-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('write-access', () => {
  describe('#isLoopbackHost', () => {
    it.each([
      ['127.0.0.1', true],
      ['127.1.2.3', true],
      ['localhost', true],
      ['::1', true],
      ['[::1]', true],
      ['0.0.0.0', false],
      ['192.168.1.5', false],
      ['::', false],
      ['example.org', false],
    ])('should call %s loopback: %s', (host, loopback) => {
      expect(isLoopbackHost(host)).toBe(loopback);
    });
  });

  describe('#resolveWriteAccess', () => {
    it('should use KG_API_TOKEN when set and write no file', () => {
      const data = join(dir, 'env');
      const access = resolveWriteAccess({
        apiToken: 'x'.repeat(20),
        host: '0.0.0.0',
        dataDir: data,
      });
      expect(access).toEqual({ mode: 'env', token: 'x'.repeat(20) });
      expect(existsSync(data)).toBe(false);
    });

    it('should generate a new 0600 token file on each start on loopback', () => {
      const data = join(dir, 'gen');
      const first = resolveWriteAccess({ host: '127.0.0.1', dataDir: data });
      const second = resolveWriteAccess({ host: '127.0.0.1', dataDir: data });
      if (first.mode !== 'generated' || second.mode !== 'generated')
        throw new Error('not generated');
      expect(second.token).not.toBe(first.token);
      expect(second.token.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(second.file, 'utf8').trim()).toBe(second.token);
      expect(statSync(second.file).mode & 0o777).toBe(0o600);
      removeEditorToken(second);
      expect(existsSync(second.file)).toBe(false);
    });

    it('should turn writes off on a non-loopback address without a token, saying how to enable them', () => {
      const access = resolveWriteAccess({ host: '0.0.0.0', dataDir: join(dir, 'off') });
      expect(access.mode).toBe('off');
      expect(access.mode === 'off' && access.reason).toMatch(/0\.0\.0\.0.*set KG_API_TOKEN/);
    });
  });
});
