/** The `graph-changed` event of GET /api/events (mirrors @kg/graph-server's GraphChangedEvent). */
export interface GraphChangedEvent {
  version: number;
  documents: number;
  relations: number;
  reason: 'ingest' | 'delete' | 'corrections';
  at: string;
}

/** Changes seen since the view was last (re)loaded. */
export interface PendingChanges {
  added: number;
  deleted: number;
  corrections: number;
  relations: number;
  /** The server restarted (its versions began again): the graph may differ in any way. */
  restarted: boolean;
}

export const noChanges = (): PendingChanges => ({
  added: 0,
  deleted: 0,
  corrections: 0,
  relations: 0,
  restarted: false,
});

export function addChange(p: PendingChanges, e: GraphChangedEvent): PendingChanges {
  return {
    ...p,
    added: p.added + (e.reason === 'ingest' ? e.documents : 0),
    deleted: p.deleted + (e.reason === 'delete' ? e.documents : 0),
    corrections: p.corrections + (e.reason === 'corrections' ? 1 : 0),
    relations: p.relations + e.relations,
  };
}

/**
 * Corrections this tab made itself: it already reloaded its graph, so the server's echo of each
 * is not announced again. `expectOwnCorrection` before the request, `forgetOwnCorrection` when
 * it failed (no echo will come).
 */
let ownCorrections = 0;
export const expectOwnCorrection = () => void ownCorrections++;
export const forgetOwnCorrection = () => void (ownCorrections = Math.max(0, ownCorrections - 1));
/** True (and counted off) when `e` is the echo of a correction this tab made. */
export function isOwnEcho(e: GraphChangedEvent): boolean {
  if (e.reason !== 'corrections' || ownCorrections === 0) return false;
  ownCorrections--;
  return true;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "The graph changed: 3 new documents, 1 document deleted" (empty when nothing changed). */
export function describeChanges(p: PendingChanges): string {
  const parts = [
    p.added ? count(p.added, 'new document', 'new documents') : '',
    p.deleted ? `${count(p.deleted, 'document', 'documents')} deleted` : '',
    p.corrections ? count(p.corrections, 'correction', 'corrections') : '',
  ].filter(Boolean);
  if (parts.length) return `The graph changed: ${parts.join(', ')}`;
  return p.restarted ? 'The server restarted: the graph may have changed' : '';
}

/** Delay before reconnect attempt `n` (0-based): 1 s, 2 s, 4 s … capped at 30 s. */
export const backoffMs = (n: number) => Math.min(30_000, 1000 * 2 ** Math.min(n, 5));

/**
 * Listens to `url` (Server-Sent Events) and calls `onChange` per `graph-changed` event. The
 * browser's own EventSource retry covers a dropped stream; when it gives up (the server was
 * down, or answered an error) this reconnects with backoff. A `ready` whose version is not the
 * last one seen means the server restarted: `onRestart`. Returns the stop function.
 */
export function listenGraphEvents(
  url: string,
  handlers: { onChange(e: GraphChangedEvent): void; onRestart(): void; onReady?(): void },
  Source: typeof EventSource = EventSource,
): () => void {
  let source: EventSource | undefined;
  let version: number | undefined;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const open = () => {
    source = new Source(url);
    source.addEventListener('ready', (ev) => {
      attempts = 0;
      const v = (JSON.parse((ev as MessageEvent<string>).data) as { version: number }).version;
      if (version !== undefined && v !== version) handlers.onRestart();
      version = v;
      handlers.onReady?.();
    });
    source.addEventListener('graph-changed', (ev) => {
      const e = JSON.parse((ev as MessageEvent<string>).data) as GraphChangedEvent;
      version = e.version;
      handlers.onChange(e);
    });
    source.addEventListener('error', () => {
      if (stopped || source?.readyState !== Source.CLOSED) return;
      timer = setTimeout(open, backoffMs(attempts++));
    });
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
