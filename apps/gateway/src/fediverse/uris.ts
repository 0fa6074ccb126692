// The addresses of the federation's ActivityPub actors and objects, in one place: Fedify's routes
// (federation.ts) and the activities written to the outbox (outbox.ts) build them from here, so an
// actor's id in a delivery is always the address that serves it.
//
//   actor ids      "federation", "collective.<uuid>", "member.<uuid>" (stable: slugs and handles may change)
//   /ap/actors/{identifier}            the actor document (also served at /, /collectifs/:slug, /membres/:handle
//                                      to clients asking for ActivityStreams JSON)
//   /ap/actors/{identifier}/inbox      its inbox;  /ap/inbox the shared inbox
//   /ap/actors/{identifier}/followers  its followers collection (a count only)
//   /ap/events/{id}                    a public workshop as an Event
export const ROUTES = {
  actor: '/ap/actors/{identifier}',
  inbox: '/ap/actors/{identifier}/inbox',
  sharedInbox: '/ap/inbox',
  followers: '/ap/actors/{identifier}/followers',
  event: '/ap/events/{id}',
} as const;

export const FEDERATION_ACTOR = 'federation';

export type ActorRef = { kind: 'federation' } | { kind: 'collective'; id: string } | { kind: 'member'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** "federation", "collective.<uuid>" or "member.<uuid>" → what it names; anything else → null. */
export function parseActor(identifier: string): ActorRef | null {
  if (identifier === FEDERATION_ACTOR) return { kind: 'federation' };
  const match = /^(collective|member)\.(.+)$/.exec(identifier);
  if (!match || !UUID.test(match[2]!)) return null;
  return { kind: match[1] as 'collective' | 'member', id: match[2]! };
}

export const collectiveActor = (id: string) => `collective.${id}`;
export const memberActor = (id: string) => `member.${id}`;

const base = (publicUrl: string) => publicUrl.replace(/\/$/, '');

export const actorUri = (publicUrl: string, identifier: string) => `${base(publicUrl)}/ap/actors/${identifier}`;
export const keyIdOf = (publicUrl: string, identifier: string) => `${actorUri(publicUrl, identifier)}#main-key`;
export const followersUri = (publicUrl: string, identifier: string) => `${actorUri(publicUrl, identifier)}/followers`;
export const eventUri = (publicUrl: string, workshopId: string) => `${base(publicUrl)}/ap/events/${workshopId}`;
/** A new activity's id (activities are not served back: their objects are). */
export const activityUri = (publicUrl: string, id: string) => `${base(publicUrl)}/ap/activities/${id}`;
