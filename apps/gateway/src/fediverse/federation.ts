// The federation's ActivityPub side, built with Fedify: actor documents (with their public keys),
// WebFinger (acct:federation@host, a collective's slug, an opted-in member's handle, or a public
// page's address), NodeInfo, followers collections (their count), public workshops as Events, and
// the inboxes. Fedify verifies every inbound signature before a listener runs (401 otherwise);
// Follow and Undo(Follow) are handled here (inbox.ts), every other activity is verified and ignored.
// Outbound activities do not go through Fedify's queue but through our outbox (outbox.ts, poller.ts).
import {
  createFederation,
  getDocumentLoader,
  MemoryKvStore,
  Activity,
  Endpoints,
  Event,
  Follow,
  Group,
  Image,
  Organization,
  Person,
  Tombstone,
  Undo,
  type Federation,
} from './fedify.ts';
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
import { absolute } from '../public-pages/urls.ts';
import type { TargetPolicy } from '../webhooks/target.ts';
import { findActor, identifierOfPage, identifierOfUsername, memberActorWhere } from './actors.ts';
import { createDocumentLoader } from './document-loader.ts';
import { findEventWorkshop, workshopEvent } from './event.ts';
import { onFollow, onUndo } from './inbox.ts';
import { keyPairOf } from './keys.ts';
import { ROUTES } from './uris.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface FediverseDeps {
  prisma: PrismaClient;
  logger: Logger;
  publicUrl: string;
  policy: TargetPolicy;
  /** Remote documents (actors, keys) must answer within this. */
  timeoutMs: number;
  /** Called once an activity was queued (an Accept), so it leaves at once. */
  queued: () => void;
}

export function createActivityPub(deps: FediverseDeps): Federation<void> {
  const { prisma, publicUrl, logger } = deps;
  const loader = createDocumentLoader(deps.policy, deps.timeoutMs);
  const contextLoader = getDocumentLoader();
  const federation = createFederation<void>({
    kv: new MemoryKvStore(),
    origin: publicUrl.replace(/\/$/, ''),
    // Our loader applies the webhooks' address rules (Fedify then takes no allowPrivateAddress of its own).
    documentLoaderFactory: () => loader,
    // Also for fetches Fedify would sign (keys checked on inbound activities): we do not sign GETs yet.
    authenticatedDocumentLoaderFactory: () => loader,
    // JSON-LD contexts: Fedify's preloaded ones (ActivityStreams, security…), others from public servers only.
    contextLoaderFactory: () => contextLoader,
  });

  federation
    .setActorDispatcher(ROUTES.actor, async (ctx, identifier) => {
      const actor = await findActor(prisma, identifier);
      if (!actor) return null;
      if (actor.kind === 'gone') return new Tombstone({ id: ctx.getActorUri(identifier) });
      const keys = await ctx.getActorKeyPairs(identifier);
      const Type = actor.kind === 'member' ? Person : actor.kind === 'collective' ? Group : Organization;
      return new Type({
        id: ctx.getActorUri(identifier),
        preferredUsername: actor.username,
        name: actor.name,
        summary: actor.summary || null,
        url: new URL(absolute(publicUrl, actor.path)),
        icon: actor.iconUrl ? new Image({ url: new URL(actor.iconUrl) }) : null,
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        followers: ctx.getFollowersUri(identifier),
        manuallyApprovesFollowers: false,
        discoverable: true,
        publicKey: keys[0]?.cryptographicKey ?? null,
        assertionMethods: keys.map((key) => key.multikey),
      });
    })
    .setKeyPairsDispatcher(async (_ctx, identifier) => {
      // Keys are made for actors only, never for an identifier someone made up.
      const actor = await findActor(prisma, identifier);
      return actor && actor.kind !== 'gone' ? [await keyPairOf(prisma, identifier)] : [];
    })
    .mapHandle((_ctx, username) => identifierOfUsername(prisma, username))
    .mapAlias(async (_ctx, resource) => {
      if (resource.origin !== new URL(publicUrl).origin) return null;
      const identifier = await identifierOfPage(prisma, resource.pathname);
      return identifier ? { identifier } : null;
    });

  federation
    .setFollowersDispatcher(ROUTES.followers, async (_ctx, identifier) => {
      const actor = await findActor(prisma, identifier);
      // Who follows is theirs to show on their own servers: the collection gives the count only.
      return actor && actor.kind !== 'gone' ? { items: [] } : null;
    })
    .setCounter((_ctx, identifier) => prisma.fediverseFollower.count({ where: { actor: identifier } }));

  federation.setObjectDispatcher(Event, ROUTES.event, async (_ctx, values) => {
    if (!UUID.test(values.id)) return null;
    const row = await findEventWorkshop(prisma, values.id);
    return row ? workshopEvent(publicUrl, row) : null;
  });

  federation.setNodeInfoDispatcher('/nodeinfo/2.1', async () => {
    const [members, collectives, workshops] = await Promise.all([
      prisma.member.count({ where: memberActorWhere() }),
      prisma.collective.count({ where: { status: 'ACTIVE' } }),
      prisma.workshop.count({ where: { status: { in: ['PUBLISHED', 'COMPLETED'] } } }),
    ]);
    return {
      software: { name: 'ekoacteurs', version: '1.0.0', homepage: new URL(publicUrl) },
      protocols: ['activitypub'],
      openRegistrations: false,
      usage: { users: { total: 1 + collectives + members }, localPosts: workshops, localComments: 0 },
    };
  });

  const inboxDeps = { prisma, publicUrl, logger, queued: deps.queued };
  federation
    .setInboxListeners(ROUTES.inbox, ROUTES.sharedInbox)
    .on(Follow, (ctx, follow) => onFollow(inboxDeps, ctx, follow))
    .on(Undo, (ctx, undo) => onUndo(inboxDeps, ctx, undo))
    // Verified (Fedify did it before calling), then ignored: no replies or likes to moderate yet.
    .on(Activity, () => {})
    .onError((_ctx, error) => logger.warn({ err: error }, 'fediverse inbox: an activity could not be handled'));

  return federation;
}
