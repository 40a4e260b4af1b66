// The built game (dist/, from `vite build`), served as files: the single-player game and the
// class screens come from the same address as the class server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function siteBuilt(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** The file under `root` a URL path names, or null for anything that would leave `root`. */
function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Only GET and HEAD are served here.');
  if (!siteBuilt(root)) return send(res, 503, 'The game is not built yet: run `npm run build` (or start the server with `npm start`, which builds it).');
  const file = fileFor(root, urlPath);
  if (file === null) return send(res, 400, 'Bad path.');
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return send(res, 404, 'Not found.');
    size = st.size;
  } catch {
    return send(res, 404, 'Not found.');
  }
  const hashed = urlPath.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}
