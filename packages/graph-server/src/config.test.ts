import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SERVER_CONFIG, loadServerConfig, parseByteSize } from './config';

describe('config', () => {
  describe('#loadServerConfig', () => {
    it('should return the defaults for an empty environment', () => {
      expect(loadServerConfig({})).toEqual(DEFAULT_SERVER_CONFIG);
      expect(DEFAULT_SERVER_CONFIG).toMatchObject({
        port: 4173,
        host: '127.0.0.1',
        queryTimeoutMs: 5000,
        maxRows: 1000,
      });
    });

    it.each([
      [{ PORT: '8080' }, { port: 8080 }],
      [{ HOST: '0.0.0.0' }, { host: '0.0.0.0' }],
      [{ KG_API_TOKEN: 'x'.repeat(20) }, { apiToken: 'x'.repeat(20) }],
      [
        { KG_CORS_ORIGINS: 'https://a.example, http://b.example:8080' },
        { corsOrigins: ['https://a.example', 'http://b.example:8080'] },
      ],
      [{ KG_CORS_ORIGINS: '*' }, { corsOrigins: ['*'] }],
      [
        { KG_FRAME_ANCESTORS: "'self',https://reports.example" },
        { frameAncestors: ["'self'", 'https://reports.example'] },
      ],
      [
        { KG_FRAME_ANCESTORS: "'self', file:, http://localhost:*, https://*.example.org" },
        { frameAncestors: ["'self'", 'file:', 'http://localhost:*', 'https://*.example.org'] },
      ],
      [{ KG_QUERY_TIMEOUT_MS: '250' }, { queryTimeoutMs: 250 }],
      [{ KG_MAX_ROWS: '10' }, { maxRows: 10 }],
      [{ KG_BODY_LIMIT: '2mb' }, { bodyLimit: 2 * 1024 * 1024 }],
      [{ KG_CYPHER_BODY_LIMIT: '64kb' }, { cypherBodyLimit: 64 * 1024 }],
      [{ KG_RATE_LIMIT: '0' }, { rateLimit: 0 }],
      [
        { KG_CACHE_SIZE: '5', KG_CACHE_TTL_MS: '100' },
        { cacheSize: 5, cacheTtlMs: 100 },
      ],
      [{ KG_LOG_LEVEL: 'silent' }, { logLevel: 'silent' }],
      [{ PORT: '' }, { port: 4173 }],
    ])('should read %j', (env, expected) => {
      expect(loadServerConfig(env)).toMatchObject(expected);
    });

    it.each([
      [{ PORT: 'x' }, 'PORT must be a number (got "x")'],
      [{ PORT: '70000' }, 'PORT must be <= 65535 (got "70000")'],
      [{ PORT: '1.5' }, 'PORT must be an integer'],
      [{ HOST: 'a b' }, 'HOST must be a host name or IP address'],
      [{ KG_API_TOKEN: 'short' }, 'KG_API_TOKEN must be at least 16 characters (got (hidden))'],
      [{ KG_CORS_ORIGINS: 'example.org' }, 'KG_CORS_ORIGINS must be a comma list of origins'],
      [{ KG_FRAME_ANCESTORS: 'self' }, "KG_FRAME_ANCESTORS must be a comma list of 'self'"],
      [{ KG_QUERY_TIMEOUT_MS: '0' }, 'KG_QUERY_TIMEOUT_MS must be >= 1'],
      [{ KG_MAX_ROWS: '-3' }, 'KG_MAX_ROWS must be >= 1'],
      [
        { KG_BODY_LIMIT: 'ten megs' },
        'KG_BODY_LIMIT must be a size like 100kb or 10mb (got "ten megs")',
      ],
      [{ KG_RATE_LIMIT: '1e400' }, 'KG_RATE_LIMIT must be a number'],
      [{ KG_LOG_LEVEL: 'loud' }, 'KG_LOG_LEVEL must be one of fatal, error'],
    ])('should refuse %j', (env, message) => {
      expect(() => loadServerConfig(env)).toThrow(ConfigError);
      expect(() => loadServerConfig(env)).toThrow(`@kg/graph-server/config: ${message}`);
    });

    it('should let overrides win over the environment', () => {
      expect(loadServerConfig({ PORT: '80' }, { port: 0, host: '::1' })).toMatchObject({
        port: 0,
        host: '::1',
      });
    });
  });

  describe('#parseByteSize', () => {
    it.each([
      ['100', 100],
      ['100kb', 102400],
      ['10MB', 10485760],
      ['1.5kb', 1536],
      ['', Number.NaN],
      ['-1kb', Number.NaN],
      ['1tb', Number.NaN],
    ])('should parse %j as %d', (input, expected) => {
      expect(parseByteSize(input)).toBe(expected);
    });
  });
});
