// A second, real ActivityPub server for the federation tests: built with Fedify (as Mastodon or
// Mobilizon would be on the other side), on its own port on 127.0.0.1, with one account. It
// follows and unfollows our actors, and keeps every activity its inbox accepted — Fedify's inbox
// verifies each HTTP signature against our actor's published key before a listener runs, so
// what lands in `received` was verified; `rejected` counts the POSTs it refused.
import { createServer, type Server } from 'node:http';
import {
  createFederation,
  generateCryptoKeyPair,
  MemoryKvStore,
  Activity,
  Endpoints,
  Follow,
  Person,
  Undo,
} from '../../src/fediverse/fedify.ts';

export interface Received {
  type: string;
  activity: Activity;
  /** The body as it arrived (extension terms included). */
  raw: Record<string, unknown>;
  signature: string | null;
}

export interface Peer {
  origin: string;
  actorUri: string;
  received: Received[];
  rejected: number;
  follow(target: string): Promise<string>;
  unfollow(target: string, followId: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startPeer(username: string): Promise<Peer> {
  const keys = await generateCryptoKeyPair('RSASSA-PKCS1-v1_5');
  const received: Received[] = [];
  const raws = new Map<string, { raw: Record<string, unknown>; signature: string | null }>();
  let rejected = 0;
  let origin = '';
  const federation = createFederation<void>({ kv: new MemoryKvStore(), allowPrivateAddress: true });
  federation
    .setActorDispatcher('/users/{identifier}', async (ctx, identifier) => {
      if (identifier !== username) return null;
      const [pair] = await ctx.getActorKeyPairs(identifier);
      return new Person({
        id: ctx.getActorUri(identifier),
        preferredUsername: identifier,
        name: `Compte de test ${identifier}`,
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        publicKey: pair?.cryptographicKey ?? null,
      });
    })
    .setKeyPairsDispatcher((_ctx, identifier) => (identifier === username ? [keys] : []));
  federation.setInboxListeners('/users/{identifier}/inbox', '/inbox').on(Activity, async (ctx, activity) => {
    const extra = raws.get(activity.id?.href ?? '') ?? { raw: {}, signature: null };
    received.push({ type: String(extra.raw.type), activity, ...extra });
  });

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const request = new Request(`${origin}${req.url}`, {
      method: req.method,
      headers,
      ...(body.length ? { body } : {}),
    });
    if (req.method === 'POST') {
      try {
        const raw = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        raws.set(String(raw.id), { raw, signature: headers.get('signature') });
      } catch {
        // not JSON: Fedify refuses it
      }
    }
    const response = await federation.fetch(request, { contextData: undefined });
    if (req.method === 'POST' && response.status >= 400) rejected++;
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    res.writeHead(response.status, out);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const context = () => federation.createContext(new URL(origin), undefined);
  const actorUri = context().getActorUri(username).href;

  return {
    origin,
    actorUri,
    received,
    get rejected() {
      return rejected;
    },
    async follow(target) {
      const ctx = context();
      const recipient = await ctx.lookupObject(target);
      if (!recipient || !('inboxId' in recipient)) throw new Error(`${target} is not an actor`);
      const id = new URL(`${origin}/follows/${crypto.randomUUID()}`);
      await ctx.sendActivity(
        { identifier: username },
        recipient as Person,
        new Follow({ id, actor: ctx.getActorUri(username), object: new URL(target) }),
        { immediate: true },
      );
      return id.href;
    },
    async unfollow(target, followId) {
      const ctx = context();
      const recipient = await ctx.lookupObject(target);
      const follow = new Follow({ id: new URL(followId), actor: ctx.getActorUri(username), object: new URL(target) });
      await ctx.sendActivity(
        { identifier: username },
        recipient as Person,
        new Undo({ id: new URL(`${followId}/undo`), actor: ctx.getActorUri(username), object: follow }),
        { immediate: true },
      );
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
