// Writing the public pages' and calendars' responses: caching policy, validators and 304s, the body
// encoded (and compressed) once and kept by ETag for bodies every visitor gets alike, the security
// headers, redirects; and reading a posted form.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { KeptBuffers } from '../kept-buffers.ts';
import { etagOf, type FirstSeen, notModified } from './caching.ts';

/**
 * public: the same for every visitor, a CDN may keep it a minute and serve it stale while it
 * revalidates; private: personalised or transient (a form with errors), never stored;
 * asset: a hashed file; error: 404/410, briefly cacheable.
 */
export type CachePolicy = 'public' | 'private' | 'asset' | 'error' | 'calendar';

const CACHE_CONTROL: Record<CachePolicy, string> = {
  public: 'public, max-age=60, stale-while-revalidate=300',
  // Calendar apps poll: five minutes, then a revalidation (a 304 while nothing changed).
  calendar: 'public, max-age=300',
  private: 'private, no-store',
  asset: 'public, max-age=31536000, immutable',
  error: 'public, max-age=60',
};

const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  css: 'text/css; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
} as const;

// Pages run no script: member-written text can never become code, even past the sanitiser.
// Images may come from the members' own http(s) hosts (avatars).
const CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export interface Reply {
  status: number;
  body: string;
  type: keyof typeof CONTENT_TYPES;
  cache: CachePolicy;
  /** What the ETag is computed from when it is not the body itself (e.g. the body without its form token). */
  etagSource?: string;
  /** The ETag, when already computed (a page kept by the shared cache carries it). */
  etag?: string;
  /** The body has parts each visitor gets their own (a form token): never kept encoded by its ETag. */
  bodyVaries?: boolean;
  /** Request headers the content depends on besides the address (e.g. Cookie). */
  vary?: string[];
  /** Offered as a file of this name (Content-Disposition: inline), e.g. a calendar. */
  filename?: string;
  /** Personal: kept out of search engines and of other sites' Referer. */
  noindex?: boolean;
}

const COMPRESS_FROM_BYTES = 1024;

/**
 * Bodies the same for every visitor (the directory, the calendar…), encoded once — as UTF-8 and
 * compressed per encoding — and kept by ETag, so serving them again costs no encoding. Bounded by
 * count and by bytes (oldest first out); test/speed/cache-bounds.test.ts holds it to that.
 */
export const ENCODED_MAX_ENTRIES = 256;
export const ENCODED_MAX_BYTES = 8 * 1024 * 1024;
const encoded = new KeptBuffers(ENCODED_MAX_ENTRIES, ENCODED_MAX_BYTES, ENCODED_MAX_BYTES / 4);

/** What the kept encoded bodies hold now (for the bounds test). */
export function encodedBodies(): { entries: number; bytes: number } {
  return encoded.size();
}

/**
 * A body kept by ETag is compressed once, so well (brotli 5, gzip 6); one made for a single visitor
 * (a page with its own form token) is compressed on every answer, so fast (brotli 1, gzip 1: ~0.14 ms
 * for a 30 KB page against ~0.7, for ~18 % more bytes).
 */
function compress(body: Buffer, encoding: 'br' | 'gzip', once: boolean): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: once ? 5 : 1, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body, { level: once ? 6 : 1 });
}

export function send(req: IncomingMessage, res: ServerResponse, reply: Reply, firstSeen: FirstSeen): void {
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[reply.type],
    'cache-control': CACHE_CONTROL[reply.cache],
    'x-content-type-options': 'nosniff',
    'referrer-policy': reply.noindex ? 'no-referrer' : 'strict-origin-when-cross-origin',
  };
  if (reply.noindex) headers['x-robots-tag'] = 'noindex';
  if (reply.filename) headers['content-disposition'] = `inline; filename="${reply.filename}"`;
  if (reply.type === 'html') headers['content-security-policy'] = CSP;
  // Pages also answer ActivityStreams JSON to servers that ask for it (src/fediverse/http.ts): caches keep both apart.
  const vary = [...(reply.vary ?? []), ...(reply.type === 'html' ? ['Accept'] : []), 'Accept-Encoding'];
  headers.vary = vary.join(', ');

  if (reply.status === 200 && (reply.cache === 'public' || reply.cache === 'asset' || reply.cache === 'calendar')) {
    const etag = reply.etag ?? etagOf(reply.etagSource ?? reply.body);
    const lastModified = firstSeen.at(etag);
    headers.etag = etag;
    headers['last-modified'] = lastModified.toUTCString();
    if (notModified(req, etag, lastModified)) {
      res.writeHead(304, headers).end();
      return;
    }
  }

  // A body that is its ETag's whole source (not a page with a form token) is encoded once.
  const sameForAll = headers.etag !== undefined && reply.etagSource === undefined && !reply.bodyVaries;
  const kept = (encoding: string, make: () => Buffer): Buffer => {
    if (!sameForAll) return make();
    const key = `${encoding}:${headers.etag}`;
    let body = encoded.get(key);
    if (!body) encoded.keep(key, (body = make()));
    return body;
  };
  const identity = kept('identity', () => Buffer.from(reply.body, 'utf8'));
  const encoding = identity.length >= COMPRESS_FROM_BYTES ? acceptedEncoding(req) : null;
  const body = encoding ? kept(encoding, () => compress(identity, encoding, sameForAll)) : identity;
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.length);
  res.writeHead(reply.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function acceptedEncoding(req: IncomingMessage): 'br' | 'gzip' | null {
  const header = String(req.headers['accept-encoding'] ?? '').toLowerCase();
  const accepts = (name: string) =>
    header.split(',').some((part) => {
      const [token, ...params] = part.trim().split(';');
      return token === name && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    });
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/** 301 for a page that lives at another address, 303 after a form. */
export function redirect(
  res: ServerResponse,
  status: 301 | 303,
  location: string,
  cache: CachePolicy = status === 301 ? 'error' : 'private',
): void {
  res.writeHead(status, { location, 'cache-control': CACHE_CONTROL[cache], 'content-length': '0' }).end();
}

export function methodNotAllowed(res: ServerResponse, allow: string): void {
  res
    .writeHead(405, { allow, 'content-type': CONTENT_TYPES.text, 'cache-control': CACHE_CONTROL.private })
    .end('Method not allowed');
}

export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': CONTENT_TYPES.text, 'cache-control': CACHE_CONTROL.private }).end(text);
}

export class FormTooLarge extends Error {}

/** The fields of an application/x-www-form-urlencoded body, or null for another content type. */
export async function readForm(req: IncomingMessage, maxBytes: number): Promise<URLSearchParams | null> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new FormTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new FormTooLarge();
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
