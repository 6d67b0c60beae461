import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// A plain node:http server rather than `vite preview`: e2e and shots test the files exactly as a static host
// would serve them, with no dev-server middleware that could hide a broken relative path.

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export type StaticServer = { url: string; close: () => Promise<void> };

/** Maps a request path to a file under root, or null when it is malformed or escapes root. */
function fileFor(root: string, rawUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return null; // malformed %-escape
  }
  if (pathname.includes('\0')) return null;
  const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  // Decoding happens before resolving, so `%2e%2e%2f` cannot slip past this check.
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

async function handle(root: string, options: StaticServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  const route = options.routes?.[new URL(req.url ?? '/', 'http://localhost').pathname];
  if (route) return route(req, res);
  const file = options.extra?.[new URL(req.url ?? '/', 'http://localhost').pathname] ?? fileFor(root, req.url ?? '/');
  if (!file) return send(res, 400, 'bad path');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(res, 404, 'not found');
  const type = mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const gzip = options.gzip === true && /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'content-type': type,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': info.size }),
    // Every run must see the build it just made, never a cached one.
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') return void res.end();
  if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else createReadStream(file).pipe(res);
}

export interface StaticServerOptions {
  /** URL path (`/bench/feed.json`) → a file outside root, served beside the build: the benchmarks' large feeds. */
  extra?: Readonly<Record<string, string>>;
  /** URL path → a handler of its own: a feed host that sends slowly, for the streaming tests. */
  routes?: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>>;
  /** Gzip text responses, as a real static host does: Lighthouse scores the transfer sizes a visitor would get. */
  gzip?: boolean;
}

/** Serves root on 127.0.0.1 only (the machine's network is closed; nothing else should reach it). */
export function startStaticServer(root: string, port = 0, options: StaticServerOptions = {}): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    handle(absoluteRoot, options, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'server error');
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive sockets from Chromium would otherwise hold close() open until they time out.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const isCli = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isCli) {
  const port = Number(process.argv[2] ?? 4173);
  const { url } = await startStaticServer(resolve(import.meta.dirname, '../../dist'), port);
  console.log(`serving dist/ at ${url}/ (Ctrl+C to stop)`);
}
