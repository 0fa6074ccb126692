// The photo routes, beside /graphql on the same origin:
//   POST   /photos   the member's new photo, as the raw body (Content-Type image/*, at most 5 MB)
//   DELETE /photos   removes it (the avatar falls back to initials)
//   GET    /photos/<member id>/<hash>-<512|96>.webp   serves it
// Writing needs an ACTIVE member's session (or a token with write:profile) and, with a cookie, the
// same CSRF rule as /graphql: the X-GraphQL-Client header, which a cross-site form or <img> cannot
// send and a cross-site script can send only after a CORS preflight this route never grants.
// Reading follows the member visibility rule (visibility/member.ts): whoever finds the member and
// sees their PHOTO part gets it; anyone else gets the same 404 as for a photo that does not exist.
// A served photo never changes at its address (the hash is in it), so it is cached for a year,
// `immutable`; but `private`: shared caches (CDNs) keep nothing, so hiding the photo or leaving
// the federation takes effect for every new viewer at once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import type { Caller } from '../auth/caller.ts';
import type { CallerOf } from '../auth/identify.ts';
import { CLIENT_HEADER } from '../security/csrf.ts';
import { audienceOf, canFind, selfId, showsPart } from '../visibility/member.ts';
import { MAX_PHOTO_BYTES, PhotoError, processPhoto, tooLarge } from './process.ts';
import { parsePhotoPath, readPhoto, removePhoto, savePhoto } from './store.ts';

export interface PhotoRouteDeps {
  prisma: PrismaClient;
  callerOf: CallerOf;
}

const YEAR_SECONDS = 365 * 24 * 3600;

/** Answers the photo routes; false when the path is not one of them. */
export async function handlePhotoRequest(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: PhotoRouteDeps,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  if (path === '/photos') {
    if (method !== 'POST' && method !== 'DELETE')
      return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST to send a photo, DELETE to remove it.', {
        allow: 'POST, DELETE',
      });
    return write(req, res, method, deps);
  }
  const named = parsePhotoPath(path);
  if (!named) return false;
  if (method !== 'GET' && method !== 'HEAD')
    return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Photos are read with GET.', { allow: 'GET, HEAD' });
  const caller = await identify(req, deps);
  if (!caller) return problem(res, 401, 'INVALID_TOKEN', 'This API token is not valid.');
  const photo = await readPhoto(deps.prisma, named.memberId, named.hash, named.size);
  const audience = audienceOf(caller);
  const self = selfId(caller);
  const visible =
    photo !== null &&
    canFind(
      audience,
      { id: named.memberId, status: photo.status, listing: photo.listing },
      photo.pagePublished,
      self,
    ) &&
    (named.memberId === self || showsPart(audience, photo, 'PHOTO'));
  if (!photo || !visible) return problem(res, 404, 'NOT_FOUND', 'No photo here.');
  const etag = `"${named.hash}-${named.size}"`;
  const headers = {
    'content-type': 'image/webp',
    'cache-control': `private, max-age=${YEAR_SECONDS}, immutable`,
    etag,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
    'cross-origin-resource-policy': 'same-site',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'content-length': String(photo.bytes.byteLength) });
  res.end(method === 'HEAD' ? undefined : Buffer.from(photo.bytes));
  return true;
}

async function write(req: IncomingMessage, res: ServerResponse, method: string, deps: PhotoRouteDeps): Promise<true> {
  if (req.headers.cookie && !String(req.headers[CLIENT_HEADER] ?? '').trim()) {
    return problem(
      res,
      403,
      'CSRF_HEADER_REQUIRED',
      'Requests that carry cookies must send the "X-GraphQL-Client" header (any value, e.g. the app name).',
    );
  }
  const caller = await identify(req, deps);
  if (!caller) return problem(res, 401, 'INVALID_TOKEN', 'This API token is not valid.');
  if (caller.kind === 'anonymous') return problem(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
  if (caller.status !== 'ACTIVE' || (caller.kind === 'token' && !caller.scopes.includes('write:profile'))) {
    return problem(
      res,
      403,
      'FORBIDDEN',
      'Only an active member (or a token with write:profile) can change their photo.',
    );
  }
  const actor = { memberId: caller.memberId, ip: caller.ip, userAgent: String(req.headers['user-agent'] ?? '') };
  if (method === 'DELETE') {
    await removePhoto(deps.prisma, actor);
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
    return true;
  }
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('image/'))
    return problem(res, 415, 'PHOTO_NOT_AN_IMAGE', 'Send the photo itself as the body, with its image/… content type.');
  try {
    const body = await readBody(req, MAX_PHOTO_BYTES);
    const addresses = await savePhoto(deps.prisma, actor, await processPhoto(body));
    res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ avatarUrl: addresses.large, smallUrl: addresses.small }));
    return true;
  } catch (error) {
    if (!(error instanceof PhotoError)) throw error;
    // The rest of an oversized body is not read: this answer is the connection's last.
    if (error.code === 'PHOTO_TOO_LARGE') res.setHeader('connection', 'close');
    return problem(res, error.status, error.code, error.message);
  }
}

/** The caller, or null for a bearer token that does not check out. */
async function identify(req: IncomingMessage, deps: PhotoRouteDeps): Promise<Caller | null> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  try {
    return await deps.callerOf(new Request('http://gateway/photos', { headers }));
  } catch {
    return null;
  }
}

/** The request body, refused (PHOTO_TOO_LARGE) as soon as it is known to exceed `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Not destroyed on a refusal (the answer must still reach the member): the rest is discarded.
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function problem(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ error: { code, message } }));
  return true;
}
