import { createReadStream, openSync, realpathSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

const statOf = (file: string): Stats | undefined => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

/** Types a host compresses on the way (Pagefind's own files and the WebAssembly come gzipped already). */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/u;

/**
 * Sends a file, opened before the headers go out so that a file that vanished is a 404, not a broken
 * response; text gzip-compressed when the client accepts it, as static hosts such as GitHub Pages do
 * (so that Lighthouse and the browser tests see the bytes a reader's browser gets).
 */
function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = COMPRESSED.test(type) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  const body = createReadStream('', { fd }).on('error', () => response.destroy());
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
  return true;
}

/**
 * Serves a built site from `directory` as a static host does: `/a/` → `a/index.html`, `/a` → a
 * redirect to `/a/` when it is a folder, the site's 404 page for missing files, text gzip-compressed.
 * `directory` may be a symlink that is switched to another build while serving (`npm run watch`):
 * it is resolved once per request, so every response comes whole from one build.
 * Listens on `host` (127.0.0.1 unless given). Resolves with the server and its base URL.
 */
export function serveStatic(directory: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    let root: string;
    try {
      root = realpathSync(directory);
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' }).end('网站尚未生成 / The site has not been built yet.');
      return;
    }
    let file = path.join(root, pathname);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) {
      response.writeHead(403).end();
      return;
    }
    if (statOf(file)?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // The location is made from the folder found, never from the request: `//evil.example/..`
        // would otherwise be a redirect to another site.
        const folder = path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/');
        response.writeHead(301, { location: `/${folder}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (statOf(file)?.isFile() && sendFile(request, response, file, 200)) return;
    if (!sendFile(request, response, path.join(root, '404.html'), 404)) response.writeHead(404, { 'content-type': TYPES['.html'] }).end('Not found');
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
      resolve({ server, url: `http://${shown}:${actual}` });
    });
  });
}
