/**
 * A static file server on 127.0.0.1 (port 0) for the pages the extension is tested on.
 * It serves a whole directory (tests/fixtures by default), so a test can load any fixture page:
 * `server.url('seed/page.html')`. Every request it receives is kept in `requests`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { FIXTURES_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface ServedRequest {
  method: string;
  /** Path and query as requested: "/seed/page.html". */
  path: string;
  status: number;
}

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  /** The directory served at "/". */
  readonly root: string;
  /** Absolute URL of a path under the root: url('seed/page.html'). */
  url(path: string): string;
  /** Every request received, in order. */
  readonly requests: readonly ServedRequest[];
  close(): Promise<void>;
}

export async function startFixtureServer(root: string = FIXTURES_DIR): Promise<FixtureServer> {
  const base = resolve(root);
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const done = (status: number) => requests.push({ method, path, status });
    let file: string;
    try {
      file = join(base, decodeURIComponent(new URL(path, 'http://x').pathname));
    } catch {
      res.writeHead(400).end();
      return done(400);
    }
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return done(403);
    }
    void stat(file)
      .then((st) => (st.isDirectory() ? stat((file = join(file, 'index.html'))) : st))
      .then(
        (st) => {
          if (!st.isFile()) throw new Error('not a file');
          res.writeHead(200, {
            'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
            'content-length': st.size,
            'cache-control': 'no-store',
          });
          if (method === 'HEAD') res.end();
          else createReadStream(file).pipe(res);
          done(200);
        },
        () => {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          done(404);
        },
      );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    root: base,
    url: (path: string) => new URL(path.replace(/^\/+/, ''), origin + '/').href,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
