// A live notification stream lasts only as long as the right to it: over real SSE, against two
// gateway replicas sharing one database and one Redis, a stream opened on replica B ends (SSE
// "complete") within a second of its session being signed out, everywhere signed out or ended, its
// token revoked, or its member suspended — all done on replica A. Each event is re-checked too.
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { globalId, graphqlAt, type As } from '../harness.ts';
import { subscribedOnRedis, useReplicas } from '../replicas.ts';
import { NOTIFICATION_ADDED, subscribe, type Subscription } from './sse.ts';

const replicas = useReplicas();
let n = 0;

async function member(role: 'MEMBER' | 'ADMIN' = 'MEMBER') {
  const handle = `membre-${++n}`;
  const row = await replicas.db.prisma.member.create({
    data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'ACTIVE', role },
  });
  return {
    id: row.id,
    session: async (): Promise<As & { id: string }> => {
      const { session, secret } = await createSession(replicas.db.prisma, row.id, '127.0.0.1', 'vitest');
      return { id: session.id, cookie: `eko_session=${secret}` };
    },
  };
}

async function call(url: string, as: As, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await graphqlAt(url, query, variables, as);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Waits until the member's streams listen on Redis for access changes. */
const listening = (memberId: string) => subscribedOnRedis(replicas.redis, `access:${memberId}`);

/** Milliseconds from `started` (the mutation's answer) until the stream ends; fails if an event arrives instead. */
async function endsWithin(stream: Subscription, started: number) {
  expect(await stream.next(3_000)).toBeNull();
  return performance.now() - started;
}

/** A notification for the member, made on replica A by another member. */
async function recommend(memberId: string) {
  const other = await (await member()).session();
  await call(
    replicas.a,
    other,
    'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }',
    {
      input: {
        memberId: globalId('Member', memberId),
        clientName: 'Coopérative Oxalis',
        note: 'Une facilitatrice hors pair.',
      },
    },
  );
}

describe('a stream ends within a second, across replicas', () => {
  it('when its member signs out everywhere from another device', async () => {
    const camille = await member();
    const [phone, laptop] = [await camille.session(), await camille.session()];
    const stream = await subscribe(replicas.b, NOTIFICATION_ADDED, phone);
    expect(stream.status).toBe(200);
    await listening(camille.id);
    await call(replicas.a, laptop, 'mutation { signOutEverywhere { __typename } }');
    const started = performance.now();
    expect(await endsWithin(stream, started)).toBeLessThan(1_000);
  });

  it('when its own session signs out, while another session’s stream stays open and keeps receiving', async () => {
    const camille = await member();
    const [phone, laptop] = [await camille.session(), await camille.session()];
    const ending = await subscribe(replicas.b, NOTIFICATION_ADDED, phone);
    const staying = await subscribe(replicas.b, NOTIFICATION_ADDED, laptop);
    await listening(camille.id);
    await call(replicas.a, phone, 'mutation { signOut { __typename } }');
    const started = performance.now();
    expect(await endsWithin(ending, started)).toBeLessThan(1_000);
    await recommend(camille.id);
    expect((await staying.next()).data.notificationAdded.kind).toBe('recommendation.received');
    staying.close();
  });

  it('when another device ends its session (endSession)', async () => {
    const camille = await member();
    const [phone, laptop] = [await camille.session(), await camille.session()];
    const stream = await subscribe(replicas.b, NOTIFICATION_ADDED, phone);
    await listening(camille.id);
    await call(replicas.a, laptop, 'mutation($id: ID!) { endSession(id: $id) { __typename } }', {
      id: globalId('Session', phone.id),
    });
    const started = performance.now();
    expect(await endsWithin(stream, started)).toBeLessThan(1_000);
  });

  it('when its token is revoked', async () => {
    const camille = await member();
    const { token, secret } = await createApiToken(replicas.db.prisma, {
      kind: 'PERSONAL',
      ownerId: camille.id,
      name: 'agenda',
      scopes: ['read:network'],
      expiresAt: null,
    });
    const stream = await subscribe(replicas.b, NOTIFICATION_ADDED, { token: secret });
    expect(stream.status).toBe(200);
    await listening(camille.id);
    await call(replicas.a, await camille.session(), 'mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }', {
      id: globalId('ApiToken', token.id),
    });
    const started = performance.now();
    expect(await endsWithin(stream, started)).toBeLessThan(1_000);
  });

  it('when its member is suspended: session and token streams alike', async () => {
    const camille = await member();
    const admin = await (await member('ADMIN')).session();
    const { secret } = await createApiToken(replicas.db.prisma, {
      kind: 'PERSONAL',
      ownerId: camille.id,
      name: 'agenda',
      scopes: ['read:network'],
      expiresAt: null,
    });
    const bySession = await subscribe(replicas.b, NOTIFICATION_ADDED, await camille.session());
    const byToken = await subscribe(replicas.b, NOTIFICATION_ADDED, { token: secret });
    await listening(camille.id);
    await call(
      replicas.a,
      admin,
      'mutation($id: ID!) { suspendMember(memberId: $id, reason: "Spam répété") { __typename } }',
      {
        id: globalId('Member', camille.id),
      },
    );
    const started = performance.now();
    expect(await endsWithin(bySession, started)).toBeLessThan(1_000);
    expect(await endsWithin(byToken, started)).toBeLessThan(1_000);
  });

  it('when its member leaves the federation, or an admin erases them', async () => {
    const camille = await member();
    const nina = await member();
    const admin = await (await member('ADMIN')).session();
    const leaving = await camille.session();
    const stream = await subscribe(replicas.b, NOTIFICATION_ADDED, await camille.session());
    const erased = await subscribe(replicas.b, NOTIFICATION_ADDED, await nina.session());
    await listening(camille.id);
    await listening(nina.id);
    const left = await call(
      replicas.a,
      leaving,
      'mutation($h: String!) { leaveFederation(confirmHandle: $h) { __typename } }',
      {
        h: `membre-${n - 2}`,
      },
    );
    expect(left.leaveFederation.__typename).toBe('ErasureSuccess');
    const started = performance.now();
    expect(await endsWithin(stream, started)).toBeLessThan(1_000);
    await call(
      replicas.a,
      admin,
      'mutation($id: ID!, $r: String!) { eraseMember(memberId: $id, reason: $r) { __typename } }',
      {
        id: globalId('Member', nina.id),
        r: 'Demande reçue par courrier',
      },
    );
    const again = performance.now();
    expect(await endsWithin(erased, again)).toBeLessThan(1_000);
  });
});

it('re-checks on each event: a session ended behind its back gets no further notification', async () => {
  const camille = await member();
  const phone = await camille.session();
  const stream = await subscribe(replicas.b, NOTIFICATION_ADDED, phone);
  await listening(camille.id);
  // Revoked straight in the database: no access change is published.
  await replicas.db.prisma.session.update({ where: { id: phone.id }, data: { revokedAt: new Date() } });
  await recommend(camille.id);
  expect(await stream.next(3_000)).toBeNull();
});
