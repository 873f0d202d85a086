import { z } from 'zod';

/** Thrown by loadServerConfig when a setting is invalid; says which setting and what it got. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`@kg/graph-server/config: ${message}`);
    this.name = 'ConfigError';
  }
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface ServerConfig {
  port: number;
  host: string;
  /** Bearer token for write endpoints; writes are refused (403) when unset. */
  apiToken?: string;
  /** Origins allowed by CORS; empty = no CORS headers; ['*'] = any origin. */
  corsOrigins: string[];
  /**
   * CSP frame-ancestors sources for / and /embed. Default: reports opened from a file
   * (`file:`) or from a local web server may embed the viewer; other sites must be listed.
   */
  frameAncestors: string[];
  queryTimeoutMs: number;
  maxRows: number;
  /** Byte cap of a /api/cypher result (its JSON); larger results are refused with 422. */
  maxResponseBytes: number;
  /** Body limit of document ingest, in bytes. */
  bodyLimit: number;
  /** Body limit of POST /api/cypher, in bytes. */
  cypherBodyLimit: number;
  /** Requests per minute per IP on cypher and ingest; 0 disables. */
  rateLimit: number;
  /** Entries of the read cache (search, entity, neighbourhood, ...); 0 disables. */
  cacheSize: number;
  cacheTtlMs: number;
  /** Express `trust proxy` setting (hops), so req.ip is the client behind a proxy. */
  trustProxy: number;
  logLevel: (typeof LOG_LEVELS)[number];
}

/** Who may frame the viewer by default: itself, reports opened from disk, local servers. */
export const LOCAL_REPORT_FRAME_ANCESTORS = [
  "'self'",
  'file:',
  'http://localhost:*',
  'http://127.0.0.1:*',
] as const;

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  port: 4173,
  host: '127.0.0.1',
  corsOrigins: [],
  frameAncestors: [...LOCAL_REPORT_FRAME_ANCESTORS],
  queryTimeoutMs: 5000,
  maxRows: 1000,
  maxResponseBytes: 10 * 1024 * 1024,
  bodyLimit: 10 * 1024 * 1024,
  cypherBodyLimit: 100 * 1024,
  rateLimit: 120,
  cacheSize: 1000,
  cacheTtlMs: 60_000,
  trustProxy: 0,
  logLevel: 'info',
};

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** '10mb' | '100kb' | '2048' -> bytes, or NaN. */
export function parseByteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!m) return Number.NaN;
  return Math.floor(Number(m[1]) * SIZE_UNITS[(m[2] ?? 'b').toLowerCase()]);
}

const csv = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const int = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(min, `must be >= ${min}`)
    .max(max, `must be <= ${max}`);
const bytes = z
  .string()
  .transform(parseByteSize)
  .pipe(z.number({ error: 'must be a size like 100kb or 10mb' }).int().min(1, 'must be > 0'));
const origin = z
  .string()
  .regex(
    /^(\*|https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)$/,
    'must be a comma list of origins like https://example.org (or *)',
  );
const frameSource = z
  .string()
  .regex(
    /^('self'|'none'|\*|file:|https?:|https?:\/\/[A-Za-z0-9.*-]+(:(\d{1,5}|\*))?)$/,
    "must be a comma list of 'self', 'none', file:, https: or origins like https://reports.example or http://localhost:*",
  );

/** Environment variable -> [config key, parser of the raw string]. */
const ENV_SETTINGS: Array<[string, keyof ServerConfig, z.ZodType]> = [
  ['PORT', 'port', int(0, 65535)],
  [
    'HOST',
    'host',
    z.string().regex(/^[A-Za-z0-9.:[\]-]{1,255}$/, 'must be a host name or IP address'),
  ],
  ['KG_API_TOKEN', 'apiToken', z.string().min(16, 'must be at least 16 characters')],
  ['KG_CORS_ORIGINS', 'corsOrigins', z.string().transform(csv).pipe(z.array(origin))],
  [
    'KG_FRAME_ANCESTORS',
    'frameAncestors',
    z.string().transform(csv).pipe(z.array(frameSource).min(1)),
  ],
  ['KG_QUERY_TIMEOUT_MS', 'queryTimeoutMs', int(1, 600_000)],
  ['KG_MAX_ROWS', 'maxRows', int(1, 100_000)],
  ['KG_MAX_RESPONSE_BYTES', 'maxResponseBytes', bytes],
  ['KG_BODY_LIMIT', 'bodyLimit', bytes],
  ['KG_CYPHER_BODY_LIMIT', 'cypherBodyLimit', bytes],
  ['KG_RATE_LIMIT', 'rateLimit', int(0, 1_000_000)],
  ['KG_CACHE_SIZE', 'cacheSize', int(0, 1_000_000)],
  ['KG_CACHE_TTL_MS', 'cacheTtlMs', int(0, 86_400_000)],
  ['KG_TRUST_PROXY', 'trustProxy', int(0, 10)],
  [
    'KG_LOG_LEVEL',
    'logLevel',
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  ],
];

/**
 * Reads the server settings from the environment (validated once), then applies overrides.
 * Empty variables count as unset. Throws ConfigError naming the variable and the bad value.
 */
export function loadServerConfig(
  env: Record<string, string | undefined>,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const config: Record<string, unknown> = { ...DEFAULT_SERVER_CONFIG };
  for (const [name, key, schema] of ENV_SETTINGS) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = schema.safeParse(raw.trim());
    if (!parsed.success) {
      const shown = raw.length > 60 ? `${raw.slice(0, 60)}...` : raw;
      const secret = name === 'KG_API_TOKEN' ? '(hidden)' : JSON.stringify(shown);
      throw new ConfigError(
        `${name} ${parsed.error.issues[0]?.message ?? 'is invalid'} (got ${secret})`,
      );
    }
    config[key] = parsed.data;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) config[key] = value;
  }
  return config as unknown as ServerConfig;
}
