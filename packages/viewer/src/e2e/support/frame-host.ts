import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FrameHost {
  /** http://127.0.0.1:PORT: another origin than the API server. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A tiny "report" site on its own port: GET /?src=URL[&hidden=1] answers a page holding that
 * URL in an iframe (a report that embeds a graph view); GET /?snippet=HTML a page holding the
 * Share dialog's embed code verbatim, as an analyst pastes it.
 */
export async function startFrameHost(): Promise<FrameHost> {
  const server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const snippet = q.get('snippet');
    if (snippet !== null) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(reportPage(snippet));
      return;
    }
    const src = q.get('src') ?? 'about:blank';
    // hidden=1: the frame starts display:none, like a report's collapsed tab.
    const style = q.get('hidden') ? 'border:0;display:none' : 'border:0';
    const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html><head><title>Report</title></head><body style="margin:0">` +
        `<h1 style="font:16px sans-serif;margin:8px">Quarterly report</h1>` +
        `<iframe id="kg" src="${attr}" width="800" height="560" style="${style}"></iframe>` +
        `</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A report page (also written to disk for file:// tests) holding `snippet` as pasted. */
export function reportPage(snippet: string): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Report</title></head>` +
    `<body style="margin:0"><h1 style="font:16px sans-serif;margin:8px">Quarterly report</h1>` +
    `${snippet}</body></html>`
  );
}
