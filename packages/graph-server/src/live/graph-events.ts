import type { Response } from 'express';

export const GRAPH_CHANGE_REASONS = ['ingest', 'delete', 'corrections'] as const;
export type GraphChangeReason = (typeof GRAPH_CHANGE_REASONS)[number];

/** What a write changed, as the writer knows it. */
export interface GraphChange {
  reason: GraphChangeReason;
  /** Documents added or replaced (ingest), removed (delete) or touched (corrections). */
  documents: number;
  /** Relations the write added (0 when unknown or none). */
  relations: number;
}

/** The `graph-changed` event: the change plus a version that grows by one per write. */
export interface GraphChangedEvent extends GraphChange {
  version: number;
  /** ISO time of the write. */
  at: string;
}

export interface GraphEventsOptions {
  /** Comment line sent to every stream this often so proxies keep it open (default 20 s). */
  heartbeatMs?: number;
  /** Streams at once; more are refused with 503 (default 200). */
  maxClients?: number;
}

/**
 * The server's Server-Sent Events hub: `/api/events` streams subscribe, writes publish one
 * `graph-changed` event to every stream. `close()` ends every stream (at shutdown, so the
 * server does not wait for them).
 */
export class GraphEvents {
  private readonly clients = new Set<Response>();
  private readonly heartbeat: NodeJS.Timeout;
  private current = 0;
  readonly maxClients: number;

  constructor(options: GraphEventsOptions = {}) {
    this.maxClients = options.maxClients ?? 200;
    this.heartbeat = setInterval(
      () => this.broadcast(': heartbeat\n\n'),
      options.heartbeatMs ?? 20_000,
    );
    this.heartbeat.unref();
  }

  get version(): number {
    return this.current;
  }

  get size(): number {
    return this.clients.size;
  }

  /** Registers an open stream (headers already sent); it leaves when its connection closes. */
  subscribe(res: Response): void {
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  publish(change: GraphChange): GraphChangedEvent {
    this.current += 1;
    const event: GraphChangedEvent = {
      ...change,
      version: this.current,
      at: new Date().toISOString(),
    };
    this.broadcast(
      `id: ${event.version}\nevent: graph-changed\ndata: ${JSON.stringify(event)}\n\n`,
    );
    return event;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private broadcast(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}
