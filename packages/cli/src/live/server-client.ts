import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_TOKEN_FILE } from '@kg/graph-server';
import type { IngestReport } from '@kg/graph-store';
import type { ServerInfo } from './server-file';
import { emptyReport } from '../ingest-paths';

/** A failed call to the running server: says which server and what it answered. */
export class ServerClientError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly details?: unknown,
  ) {
    super(`@kg/cli/server-client: ${message}`);
    this.name = 'ServerClientError';
  }
}

export interface IngestAnswer {
  documents: string[];
  failures: Array<{ origin: string; message: string }>;
  report: IngestReport;
}

export interface PostedDocument {
  id?: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  format?: 'text' | 'markdown' | 'html';
}

export interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  elapsedMs: number;
  dialect: string;
}

/** KG_API_TOKEN, else the server's generated `$KG_DATA_DIR/editor-token`, else none. */
export function editorToken(
  env: Record<string, string | undefined>,
  dataDir: string,
): string | undefined {
  if (env.KG_API_TOKEN?.trim()) return env.KG_API_TOKEN.trim();
  const file = join(dataDir, EDITOR_TOKEN_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

/** The HTTP calls `kg ingest`, `kg query` and `kg watch` make to a running server. */
export class ServerClient {
  constructor(
    readonly server: ServerInfo,
    private readonly token: string | undefined,
  ) {}

  get url(): string {
    return this.server.url;
  }

  /** POST /api/documents; a 422 (nothing could be ingested) comes back as failures. */
  async ingest(documents: PostedDocument[]): Promise<IngestAnswer> {
    if (!this.token) {
      throw new ServerClientError(
        `the server at ${this.url} takes writes only with a token, and none was found: set KG_API_TOKEN to the server's token (or restart it on 127.0.0.1 without KG_API_TOKEN, so it writes editor-token)`,
      );
    }
    const res = await this.call('/api/documents', { documents }, this.token);
    if (res.status === 422) {
      const body = (await res.json()) as { error?: { details?: { failures?: unknown } } };
      const failures = (body.error?.details?.failures ?? []) as IngestAnswer['failures'];
      return { documents: [], failures, report: emptyReport() };
    }
    return (await this.ok(res, 'POST /api/documents')) as IngestAnswer;
  }

  /** DELETE /api/documents/:id; false when the server has no such document. */
  async deleteDocument(id: string): Promise<boolean> {
    let res: Response;
    try {
      res = await fetch(`${this.url}/api/documents/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: this.token ? { Authorization: `Bearer ${this.token}` } : {},
      });
    } catch (error) {
      throw new ServerClientError(
        `cannot reach the server at ${this.url}: ${(error as Error).message}`,
      );
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return false;
    }
    await this.ok(res, 'DELETE /api/documents');
    return true;
  }

  async cypher(query: string, limit: number): Promise<CypherAnswer> {
    const res = await this.call('/api/cypher', { query, limit: Math.min(limit, 10_000) });
    return (await this.ok(res, 'POST /api/cypher')) as CypherAnswer;
  }

  private async call(path: string, body: unknown, token?: string): Promise<Response> {
    try {
      return await fetch(`${this.url}${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new ServerClientError(
        `cannot reach the server at ${this.url}: ${(error as Error).message}`,
      );
    }
  }

  private async ok(res: Response, what: string): Promise<unknown> {
    const body = (await res.json().catch(() => undefined)) as
      | { error?: { message?: string; details?: unknown } }
      | undefined;
    if (res.ok) return body;
    const message = body?.error?.message ?? res.statusText;
    throw new ServerClientError(
      `${what} at ${this.url} answered ${res.status}: ${message}`,
      res.status,
      body?.error?.details,
    );
  }
}
