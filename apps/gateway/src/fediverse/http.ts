// The Fediverse's addresses on the gateway's node:http server, handed to Fedify as Fetch requests:
//   /.well-known/webfinger, /.well-known/nodeinfo, /nodeinfo/2.1, /ap/*   always;
//   /, /collectifs/:slug, /membres/:handle   only for clients asking for ActivityStreams JSON
//     (servers); browsers keep getting the HTML page. A page with no actor behind it answers 404.
// Inbox bodies are limited in size, and inbox POSTs are rate-limited per client address.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Federation } from './fedify.ts';
import type { PrismaClient } from '@ekoacteurs/db';
import { CLIENT_IP_HEADER } from '../auth/identify.ts';
import type { RateLimiter } from '../security/limiter.ts';
import { identifierOfPage } from './actors.ts';

export const MAX_INBOX_BYTES = 256 * 1024;
/** Inbox POSTs per client address per minute. */
export const INBOX_POSTS_PER_MINUTE = 300;

const ACTIVITY_TYPES = ['application/activity+json', 'application/ld+json'];

/** Whether an Accept header asks for ActivityStreams JSON before HTML. */
export function wantsActivityJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  const json = types.findIndex((type) => ACTIVITY_TYPES.includes(type));
  const html = types.indexOf('text/html');
  return json !== -1 && (html === -1 || json < html);
}

/** Connection-level headers: not the request's own, and not signed by senders. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

const ALWAYS = /^\/(\.well-known\/(webfinger|nodeinfo)|nodeinfo\/|ap\/)/;
const NEGOTIATED = /^\/($|collectifs\/[^/]+\/?$|membres\/[^/]+\/?$)/;

export interface FediverseRoutes {
  (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

export function createFediverseRoutes(deps: {
  /** The federation, created with the first request it answers (Fedify loads then: see fedify.ts). */
  federation: () => Promise<Federation<void>>;
  prisma: PrismaClient;
  publicUrl: string;
  limiter: RateLimiter;
}): FediverseRoutes {
  const origin = new URL(deps.publicUrl).origin;
  return async (req, res, url) => {
    let path = url.pathname;
    const method = req.method ?? 'GET';
    if (!ALWAYS.test(path)) {
      if (!NEGOTIATED.test(path) || (method !== 'GET' && method !== 'HEAD') || !wantsActivityJson(req.headers.accept))
        return false;
      const identifier = await identifierOfPage(deps.prisma, path);
      if (!identifier) return (reply(res, 404, { error: 'No ActivityPub actor here.' }), true);
      path = `/ap/actors/${identifier}`;
    }
    let body: Buffer | undefined;
    if (method === 'POST') {
      const ip = String(req.headers[CLIENT_IP_HEADER] ?? '');
      const allowed = await deps.limiter.consume(`fediverse:inbox:${ip}`, 1, INBOX_POSTS_PER_MINUTE, 60_000);
      if (!allowed.allowed)
        return (
          reply(
            res,
            429,
            { error: 'Too many activities: try again later.' },
            { 'retry-after': String(Math.ceil(allowed.resetMs / 1000)) },
          ),
          true
        );
      const read = await readBody(req, MAX_INBOX_BYTES);
      if (!read) return (reply(res, 413, { error: `Activities are limited to ${MAX_INBOX_BYTES} bytes.` }), true);
      body = read;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (HOP_BY_HOP.has(name)) continue;
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(', '));
    }
    // Signatures cover the host the sender addressed: the public one, as the proxy passed it on.
    const request = new Request(`${origin}${path}${url.search}`, {
      method,
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    const federation = await deps.federation();
    const response = await federation.fetch(request, {
      contextData: undefined,
      onNotFound: () => Response.json({ error: 'Not found' }, { status: 404 }),
      onNotAcceptable: () => Response.json({ error: 'Ask for application/activity+json.' }, { status: 406 }),
    });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    res.writeHead(response.status, { ...out, vary: 'Accept' });
    res.end(method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
    return true;
  };
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
