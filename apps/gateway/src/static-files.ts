// Serves a built single-page app (the portal at /, the console at /console) from its dist folder.
// Hashed assets are cached for a year; index.html is revalidated on every load so a deploy shows at once.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface SpaHandler {
  /** Answers the request and returns true, or returns false when the app is not built. */
  (req: IncomingMessage, res: ServerResponse, pathWithinApp: string): boolean;
}

export function createSpaHandler(distDir: string): SpaHandler {
  const indexFile = join(distDir, 'index.html');
  return (req, res, pathWithinApp) => {
    if (!existsSync(indexFile)) return false;
    const decoded = safeDecode(pathWithinApp);
    const candidate = decoded === null ? null : normalize(join(distDir, decoded));
    const insideDist = candidate !== null && (candidate + sep).startsWith(distDir + sep);
    const file = insideDist && isFile(candidate) ? candidate : null;
    // Unknown paths without an extension are client-side routes: answer with the app shell.
    if (!file && extname(decoded ?? '') !== '') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return true;
    }
    const path = file ?? indexFile;
    const isShell = path === indexFile;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': isShell ? 'no-cache' : pathWithinApp.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
    return true;
  };
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
