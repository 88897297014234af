/**
 * A minimal static file server for the built site, on 127.0.0.1 only: `/a/` serves `a/index.html`,
 * unknown paths get `404.html` with status 404, as a static host does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Which file answers a URL path, or undefined. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return undefined;
  const file = decoded.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serves `root`; resolves with the server and its base URL once it listens. */
export function serve(root: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/');
    const notFound = path.join(root, '404.html');
    const status = file ? 200 : 404;
    const body = file ?? (existsSync(notFound) ? notFound : undefined);
    response.writeHead(status, { 'content-type': TYPES[path.extname(body ?? '.txt')] ?? 'application/octet-stream' });
    if (body) createReadStream(body).pipe(response);
    else response.end('Not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}
