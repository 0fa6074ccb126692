// Serves a built single-page app (the portal at /, the console at /console) from its dist folder.
// - The app's shell answers only the app's own routes when its build lists them (dist/routes.json,
//   written by the portal's build/route-manifest.ts); any other address is left to the caller's 404.
// - Text files are sent precompressed (.br, .gz written by scripts/precompress.mjs) by Accept-Encoding.
// - Hashed assets are cached for a year; index.html is revalidated on every load so a deploy shows at once.
// - The shell carries a Content-Security-Policy: the apps run only their own scripts and styles (the
//   members' rich text they show is sanitised by the API; this is the second lock), talk only to this
//   origin, and are never framed by another site.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Members' photos may live on their own https hosts (avatarUrl); everything else is this origin's. */
export const SHELL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** The file the app's build writes with its route patterns (wouter syntax: `/reseau/:handle`). */
export const ROUTE_MANIFEST = 'routes.json';

/** served: answered; unknown: not one of the app's routes nor files (the caller answers 404); not-built. */
export type SpaOutcome = 'served' | 'unknown' | 'not-built';

export interface SpaHandler {
  (req: IncomingMessage, res: ServerResponse, pathWithinApp: string): SpaOutcome;
}

export function createSpaHandler(distDir: string): SpaHandler {
  const indexFile = join(distDir, 'index.html');
  let routes: RegExp[] | null | undefined;
  return (req, res, pathWithinApp) => {
    if (!existsSync(indexFile)) return 'not-built';
    routes ??= readRoutes(distDir);
    const decoded = safeDecode(pathWithinApp);
    const candidate = decoded === null ? null : normalize(join(distDir, decoded));
    const insideDist = candidate !== null && (candidate + sep).startsWith(distDir + sep);
    const file = insideDist && isFile(candidate) && !isPrecompressed(candidate) ? candidate : null;
    if (!file) {
      if (decoded === null || extname(decoded) !== '') return 'unknown';
      // Without a manifest (the console), every path without an extension is a client-side route.
      if (routes && !routes.some((pattern) => pattern.test(decoded))) return 'unknown';
    }
    const path = file ?? indexFile;
    const isShell = path === indexFile;
    const encoding = chooseEncoding(req.headers['accept-encoding'], path);
    const sent = encoding ? `${path}.${encoding === 'br' ? 'br' : 'gz'}` : path;
    const headers: Record<string, string | number> = {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': isShell
        ? 'no-cache'
        : pathWithinApp.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=300',
      'content-length': statSync(sent).size,
      'x-content-type-options': 'nosniff',
    };
    if (isShell) headers['content-security-policy'] = SHELL_CSP;
    if (hasCompressedCopy(path)) headers.vary = 'Accept-Encoding';
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(sent).pipe(res);
    return 'served';
  };
}

/** The app's route patterns as expressions, or null when its build lists none. */
function readRoutes(distDir: string): RegExp[] | null {
  const file = join(distDir, ROUTE_MANIFEST);
  if (!existsSync(file)) return null;
  const patterns = JSON.parse(readFileSync(file, 'utf8')) as string[];
  return patterns.map(routePattern);
}

/** A wouter pattern as an expression: `:name` one segment, `:name?` an optional one, `*` the rest. */
export function routePattern(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment === '*') return '(?:/.*)?';
      if (segment.startsWith(':')) return segment.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    })
    .join('');
  return new RegExp(`^${source || '/'}/?$`);
}

/** br or gzip when the client accepts it (q > 0) and a precompressed copy exists; br first. */
export function chooseEncoding(header: string | string[] | undefined, path: string): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? (accepted.has('*') ? accepted.get('*')! : 0)) > 0;
  if (ok('br') && isFile(`${path}.br`)) return 'br';
  if (ok('gzip') && isFile(`${path}.gz`)) return 'gzip';
  return null;
}

function hasCompressedCopy(path: string): boolean {
  return isFile(`${path}.br`) || isFile(`${path}.gz`);
}

function isPrecompressed(path: string): boolean {
  return path.endsWith('.br') || path.endsWith('.gz');
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
