// The Fediverse end to end, against a real ActivityPub server on the other side (peer.ts, built
// with Fedify on its own port): it follows the federation, gets an Accept, receives a workshop's
// Create(Event) signed with our key (its inbox verifies the signature), sees Delete when the
// workshop is cancelled; a follower on a blocked instance receives nothing; drafts, private
// collectives and members who did not opt in have no actor or object (404).
//
// Production refuses loopback targets; this test turns on FEDIVERSE_ALLOW_LOOPBACK, a setting the
// configuration refuses when NODE_ENV=production (config.test.ts style check at the end).
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { addMember, listToVisitors, startTestGateway, type TestGateway } from '../harness.ts';
import { person, workshop, type Person } from '../workshops/fixtures.ts';
import { startPeer, type Peer } from './peer.ts';

const AP = { accept: 'application/activity+json' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function until<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let t: TestGateway;
let admin: Person;
let alice: Peer; // an instance we federate with
let bob: Peer; // an instance the admins block
let federationActor: string;

beforeAll(async () => {
  const port = await freePort();
  t = await startTestGateway(
    { PORT: port, PUBLIC_URL: `http://127.0.0.1:${port}`, FEDIVERSE_ALLOW_LOOPBACK: true, LOG_LEVEL: 'error' },
    { fediverse: { enabled: true, intervalMs: 50, backoffMs: () => 100, timeoutMs: 5_000 } },
  );
  federationActor = `${t.url}/ap/actors/federation`;
  admin = await person(t, 'admin-fedivers', 'ADMIN');
  [alice, bob] = await Promise.all([startPeer('alice'), startPeer('bob')]);
}, 60_000);

afterAll(async () => {
  await Promise.all([alice?.stop(), bob?.stop()]);
  await t?.stop();
});

describe('the federation as an ActivityPub actor', () => {
  it('is found by WebFinger and NodeInfo, and its document carries a public key only', async () => {
    const host = new URL(t.url).host;
    const finger = await fetch(
      `${t.url}/.well-known/webfinger?resource=${encodeURIComponent(`acct:federation@${host}`)}`,
    );
    expect(finger.status).toBe(200);
    const links = (await finger.json()).links as { rel: string; href: string }[];
    expect(links.find((link) => link.rel === 'self')?.href).toBe(federationActor);

    const nodeinfo = await fetch(`${t.url}/.well-known/nodeinfo`);
    expect(nodeinfo.status).toBe(200);
    const info = await (await fetch(`${t.url}/nodeinfo/2.1`)).json();
    expect(info.protocols).toEqual(['activitypub']);

    // Content negotiation: the home page is HTML for browsers, the actor for servers.
    const actor = await fetch(`${t.url}/`, { headers: AP });
    expect(actor.status).toBe(200);
    const text = await actor.text();
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ id: federationActor, type: 'Organization', preferredUsername: 'federation' });
    expect(doc.publicKey.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(text).not.toContain('PRIVATE KEY');
    expect(text).not.toMatch(/"d"\s*:/); // no JWK private part
    const html = await fetch(`${t.url}/collectifs/nulle-part`, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('vary')).toContain('Accept');
    expect(actor.headers.get('vary')).toContain('Accept');
  });

  it('refuses an unsigned activity (401) and stores nothing', async () => {
    const response = await fetch(`${t.url}/ap/inbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/activity+json' },
      body: JSON.stringify({
        '@context': 'https://www.w3.org/ns/activitystreams',
        id: `${alice.origin}/x`,
        type: 'Follow',
        actor: alice.actorUri,
        object: federationActor,
      }),
    });
    expect(response.status).toBe(401);
    expect(await t.db.prisma.fediverseFollower.count()).toBe(0);
  });
});

describe('following the federation and receiving its workshops', () => {
  let aliceFollow: string;

  it('accepts a Follow automatically, with a signed Accept', async () => {
    aliceFollow = await alice.follow(federationActor);
    await bob.follow(federationActor);
    const accepted = await until('the Accept', () => alice.received.find((r) => r.type === 'Accept'));
    expect(accepted.signature).toContain(`keyId="${federationActor}#main-key"`);
    await until('bob’s Accept', () => bob.received.find((r) => r.type === 'Accept'));
    const followers = await t.db.prisma.fediverseFollower.findMany({ orderBy: { handle: 'asc' } });
    expect(followers.map((f) => [f.actor, f.handle])).toEqual([
      ['federation', `@alice@${new URL(alice.origin).host}`],
      ['federation', `@bob@${new URL(bob.origin).host}`],
    ]);
  }, 30_000);

  it('lists followers and blocks an instance for admins', async () => {
    const bobHost = new URL(bob.origin).host;
    const blocked = await t.graphql(
      `mutation($i: String!) { blockInstance(instance: $i, reason: "Spam") { __typename ... on BlockInstanceSuccess { blocked { instance reason } } } }`,
      { i: bob.origin },
      admin.as,
    );
    expect(blocked.body.errors).toBeUndefined();
    expect(blocked.body.data.blockInstance.blocked).toEqual({ instance: bobHost, reason: 'Spam' });
    const invalid = await t.graphql(
      `mutation { blockInstance(instance: "pas une adresse !") { __typename ... on ValidationError { fieldErrors { path message } } } }`,
      {},
      { ...admin.as, headers: { 'accept-language': 'fr' } },
    );
    expect(invalid.body.data.blockInstance.fieldErrors).toEqual([
      { path: ['instance'], message: 'Donnez le nom de l’instance, par exemple mastodon.example.' },
    ]);
    const list = await t.graphql(
      `{ fediverseFollowers(first: 10) { totalCount edges { node { handle instance followedKind } } } blockedInstances { instance } }`,
      {},
      admin.as,
    );
    expect(list.body.data.fediverseFollowers.totalCount).toBe(2);
    expect(list.body.data.blockedInstances).toEqual([{ instance: bobHost }]);
  });

  it('sends a published workshop as a signed Create(Event) to followers, not to a blocked instance', async () => {
    const facilitator = await person(t, 'animatrice');
    const draft = await workshop(t, {
      status: 'DRAFT',
      facilitatorIds: [facilitator.id],
      capacity: 12,
      format: 'IN_PERSON',
      title: 'Coopérer sans s’épuiser',
    });
    // A draft has no object.
    expect((await fetch(`${t.url}/ap/events/${draft.id}`, { headers: AP })).status).toBe(404);

    const published = await t.graphql(
      `mutation($id: ID!) { publishWorkshop(id: $id) { __typename } }`,
      { id: draft.gid },
      admin.as,
    );
    expect(published.body.data.publishWorkshop.__typename).toBe('WorkshopSuccess');
    const create = await until('the Create', () => alice.received.find((r) => r.type === 'Create'));
    const event = create.raw.object as Record<string, unknown>;
    expect(event).toMatchObject({
      type: 'Event',
      id: `${t.url}/ap/events/${draft.id}`,
      name: 'Coopérer sans s’épuiser',
      url: `${t.url}/ateliers/${draft.slug}`,
      location: { type: 'Place', name: 'Maison des associations, 12 rue de la Paix, Rennes' },
      maximumAttendeeCapacity: 12,
      remainingAttendeeCapacity: 12,
      isOnline: false,
    });
    expect(JSON.stringify(create.raw)).not.toContain('visio.example.org'); // the link stays for participants
    expect(create.signature).toContain(`keyId="${federationActor}#main-key"`);
    // The published workshop is now an object anyone can fetch.
    const fetched = await fetch(`${t.url}/ap/events/${draft.id}`, { headers: AP });
    expect(fetched.status).toBe(200);

    // Cancelled: a Delete of the Event, and the object is gone.
    await t.graphql(
      `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Salle indisponible") { __typename } }`,
      { id: draft.gid },
      admin.as,
    );
    const deleted = await until('the Delete', () => alice.received.find((r) => r.type === 'Delete'));
    expect((deleted.raw.object as { id: string }).id).toBe(`${t.url}/ap/events/${draft.id}`);
    expect((await fetch(`${t.url}/ap/events/${draft.id}`, { headers: AP })).status).toBe(404);

    // Bob's instance is blocked: the deliveries were not even queued for it, and it got nothing but its Accept.
    expect(bob.received.map((r) => r.type)).toEqual(['Accept']);
    expect(await t.db.prisma.fediverseDelivery.count({ where: { inboxUrl: { startsWith: bob.origin } } })).toBe(1);
    expect(alice.rejected + bob.rejected).toBe(0); // every signature verified
  }, 30_000);

  it('ignores a Follow from a blocked instance, and forgets a follower who undoes theirs', async () => {
    const collective = await t.db.prisma.collective.create({
      data: { slug: 'jardins-partages', name: 'Jardins partagés', purpose: 'Cultiver ensemble' },
    });
    const collectiveActor = `${t.url}/ap/actors/collective.${collective.id}`;
    await bob.follow(collectiveActor);
    await alice.unfollow(federationActor, aliceFollow);
    await until(
      'the Undo',
      async () => (await t.db.prisma.fediverseFollower.count({ where: { host: new URL(alice.origin).host } })) === 0,
    );
    expect(await t.db.prisma.fediverseFollower.count({ where: { actor: `collective.${collective.id}` } })).toBe(0);
  }, 30_000);
});

describe('nothing private is an actor', () => {
  it('answers 404 for an archived collective, a member who did not opt in, and unknown actors', async () => {
    const open = await t.db.prisma.collective.create({ data: { slug: 'collectif-ouvert', name: 'Collectif ouvert' } });
    const archived = await t.db.prisma.collective.create({
      data: { slug: 'collectif-archive', name: 'Archivé', status: 'ARCHIVED', archivedAt: new Date() },
    });
    const group = await fetch(`${t.url}/collectifs/${open.slug}`, { headers: AP });
    expect(group.status).toBe(200);
    expect((await group.json()).type).toBe('Group');
    expect((await fetch(`${t.url}/collectifs/${archived.slug}`, { headers: AP })).status).toBe(404);
    expect((await fetch(`${t.url}/ap/actors/collective.${archived.id}`, { headers: AP })).status).toBe(404);

    const listed = await addMember(t, { handle: 'visible-sans-fedivers' });
    await listToVisitors(t, listed.id);
    expect((await fetch(`${t.url}/membres/${listed.handle}`, { headers: AP })).status).toBe(404);
    expect((await fetch(`${t.url}/ap/actors/member.${listed.id}`, { headers: AP })).status).toBe(404);
    // Opted in but not listed to visitors: still nothing.
    const hidden = await addMember(t, { handle: 'cache-mais-volontaire' });
    await t.db.prisma.member.update({ where: { id: hidden.id }, data: { fediverse: true } });
    expect((await fetch(`${t.url}/ap/actors/member.${hidden.id}`, { headers: AP })).status).toBe(404);
    // Opted in and listed: a Person, with what visitors see.
    await t.db.prisma.member.update({ where: { id: listed.id }, data: { fediverse: true } });
    const personDoc = await fetch(`${t.url}/membres/${listed.handle}`, { headers: AP });
    expect(personDoc.status).toBe(200);
    expect(await personDoc.json()).toMatchObject({ type: 'Person', preferredUsername: listed.handle });
    // No key is made for an identifier nobody owns.
    expect(
      (await fetch(`${t.url}/ap/actors/member.00000000-0000-7000-8000-000000000000`, { headers: AP })).status,
    ).toBe(404);
    expect(await t.db.prisma.fediverseKey.count({ where: { actor: { startsWith: 'member.0000' } } })).toBe(0);
  });

  it('sends Delete of a member’s actor to their followers when they leave the federation', async () => {
    const member = await person(t, 'depart-fedivers');
    await listToVisitors(t, member.id);
    const opted = await t.graphql(
      `mutation { setVisibility(listing: VISITORS, publicFields: [PLACE], fediverse: true) { __typename } }`,
      {},
      member.as,
    );
    expect(opted.body.errors).toBeUndefined();
    const actor = `${t.url}/ap/actors/member.${member.id}`;
    await alice.follow(actor);
    await until(
      'alice follows the member',
      async () => (await t.db.prisma.fediverseFollower.count({ where: { actor: `member.${member.id}` } })) === 1,
    );
    // A follower knows the actor's key from its signed Accept: after leaving, the actor answers 410 with
    // no key, so a Delete reaching a server that never verified anything from it cannot be checked.
    await until('the member’s Accept', () =>
      alice.received.find((r) => r.type === 'Accept' && (r.raw.actor as unknown) === actor),
    );
    const left = await t.graphql(
      `mutation($h: String!) { leaveFederation(confirmHandle: $h) { __typename } }`,
      { h: member.handle },
      member.as,
    );
    expect(left.body.errors).toBeUndefined();
    const gone = await until('the Delete of the actor', () =>
      alice.received.find((r) => r.type === 'Delete' && (r.raw.object as unknown) === actor),
    );
    expect(gone.raw.actor).toBe(actor);
    expect((await fetch(actor, { headers: AP })).status).toBe(410);
    expect(await t.db.prisma.fediverseFollower.count({ where: { actor: `member.${member.id}` } })).toBe(0);
  }, 30_000);
});

describe('loopback only outside production', () => {
  it('refuses FEDIVERSE_ALLOW_LOOPBACK in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', FEDIVERSE_ALLOW_LOOPBACK: 'true' })).toThrow(
      /FEDIVERSE_ALLOW_LOOPBACK/,
    );
  });
});
