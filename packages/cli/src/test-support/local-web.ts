import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../extractor/src/reader/fixtures/${name}`, import.meta.url));

/** Routes of the local test site: status, headers and body (or a special behaviour). */
const ROUTES: Record<
  string,
  {
    status?: number;
    headers?: Record<string, string>;
    body?: Buffer | string;
    hang?: boolean;
    stream?: number;
  }
> = {
  '/news/grain-talks': {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: fixture('news-page.html'),
  },
  '/world.rss': {
    headers: { 'content-type': 'application/rss+xml' },
    body: fixture('world-news.rss'),
  },
  '/feed-as-text': { headers: { 'content-type': 'text/plain' }, body: fixture('world-news.atom') },
  '/plain.txt': {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'date 2022-03-01 Poland sent aid to Ukraine.',
  },
  '/latin1.txt': {
    headers: { 'content-type': 'text/plain; charset=iso-8859-1' },
    body: Buffer.from('Caf\xe9 talks in Paris.', 'latin1'),
  },
  '/moved': { status: 301, headers: { location: '/news/grain-talks' } },
  '/loop': { status: 302, headers: { location: '/loop' } },
  '/image.png': {
    headers: { 'content-type': 'image/png' },
    body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  },
  '/slow': { hang: true },
  '/big-declared': {
    headers: { 'content-type': 'text/html', 'content-length': String(50_000_000) },
    body: '',
  },
  '/big-streamed': { headers: { 'content-type': 'text/html' }, stream: 300_000 },
};

/** A web server on 127.0.0.1 (ephemeral port) serving the test site; close it after the tests. */
export async function startLocalWeb(): Promise<{ base: string; server: Server }> {
  const server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    if (route.hang) return; // never answers: the client's timeout must end it
    res.writeHead(route.status ?? 200, route.headers);
    if (route.stream) {
      // written without Content-Length (chunked): only the reader's byte count can stop it
      res.write(`<p>${'x'.repeat(route.stream)}</p>`);
      res.end();
      return;
    }
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, server };
}

/** Close the server, dropping connections a test left hanging. */
export async function stopLocalWeb(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
