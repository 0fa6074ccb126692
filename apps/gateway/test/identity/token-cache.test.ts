// Tokens a replica keeps in memory (auth/token-callers.ts): once checked, an integrator's requests
// send no SQL to say who is calling — and a revocation, a suspension or a role change refuses the
// token at once on the replica that made it, and on another replica (one database, one Redis:
// 127.0.0.1:6379 or TEST_REDIS_URL) as soon as Redis relays the change (milliseconds).
import { describe, expect, it, vi } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { globalId, graphqlAt } from '../harness.ts';
import { subscribedOnRedis, useReplicas } from '../replicas.ts';

const statements: string[] = [];
const replicas = useReplicas({ onQuery: (sql) => statements.push(sql) });

async function member(handle: string, role: 'MEMBER' | 'ADMIN' = 'MEMBER') {
  const row = await replicas.db.prisma.member.create({
    data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'ACTIVE', role },
  });
  const { secret: cookie } = await createSession(replicas.db.prisma, row.id, '127.0.0.1', 'vitest');
  const kind = role === 'ADMIN' ? 'INTEGRATION' : 'PERSONAL';
  const scopes = role === 'ADMIN' ? (['read:network', 'admin'] as const) : (['read:network'] as const);
  const { secret: token } = await createApiToken(replicas.db.prisma, {
    kind,
    ownerId: row.id,
    name: 'Site partenaire',
    scopes: [...scopes],
    expiresAt: null,
  });
  return { id: row.id, cookie: `eko_session=${cookie}`, token };
}

/** Uses the token on both replicas until each keeps it: then a request sends no statement on ApiToken. */
async function kept(token: string, memberId: string) {
  for (const url of [replicas.a, replicas.b]) {
    for (let i = 0; i < 3; i++) await graphqlAt(url, '{ viewer { handle } }', {}, { token });
    const before = statements.length;
    const answer = await graphqlAt(url, '{ viewer { handle } }', {}, { token });
    expect(answer.body.data.viewer).not.toBeNull();
    expect(statements.slice(before).filter((sql) => sql.includes('"ApiToken"'))).toEqual([]);
  }
  // SUBSCRIBE reaches Redis asynchronously: wait until both listen for the owner's access changes.
  await subscribedOnRedis(replicas.redis, `access:${memberId}`, 2);
}

/** The answer on replica B once it differs from `kept` (Redis relays the change), within 2 s. */
async function onceRelayed(
  query: string,
  token: string,
  stillKept: (answer: { status: number; body: any }) => boolean,
) {
  let answer = await graphqlAt(replicas.b, query, {}, { token });
  for (let i = 0; i < 100 && stillKept(answer); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer = await graphqlAt(replicas.b, query, {}, { token });
  }
  return answer;
}

/** An admin's mutation on a member, sent to replica A: its payload's type. */
async function onA(mutation: string, memberId: string, admin: { cookie: string }): Promise<string> {
  const answer = await graphqlAt(replicas.a, mutation, { id: globalId('Member', memberId) }, admin);
  return (Object.values(answer.body.data)[0] as { __typename: string }).__typename;
}

describe('a token kept in memory', () => {
  it('answers without asking the database who is calling, and fails once revoked: at once here, as soon as relayed there', async () => {
    const camille = await member('camille');
    await kept(camille.token, camille.id);
    const tokens = await graphqlAt(replicas.a, '{ viewer { apiTokens { id } } }', {}, { cookie: camille.cookie });
    const revoked = await graphqlAt(
      replicas.a,
      'mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }',
      { id: tokens.body.data.viewer.apiTokens[0].id },
      { cookie: camille.cookie },
    );
    expect(revoked.body.data.revokeApiToken.__typename).toBe('ApiToken');
    const here = await graphqlAt(replicas.a, '{ viewer { handle } }', {}, { token: camille.token });
    expect(here.status).toBe(401);
    expect(here.body.errors?.[0]?.message).toMatch(/revoked/);
    const there = await onceRelayed('{ viewer { handle } }', camille.token, (answer) => answer.status === 200);
    expect(there.status).toBe(401);
    expect(there.body.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('fails when its owner is suspended: at once here, as soon as relayed there', async () => {
    const admin = await member('admin-suspend', 'ADMIN');
    const yanis = await member('yanis');
    await kept(yanis.token, yanis.id);
    const suspend =
      'mutation($id: ID!) { suspendMember(memberId: $id, reason: "Comportement signalé") { __typename } }';
    expect(await onA(suspend, yanis.id, admin)).toBe('MemberSuccess');
    const here = await graphqlAt(replicas.a, '{ viewer { handle } }', {}, { token: yanis.token });
    expect(here.status).toBe(403);
    expect(here.body.errors?.[0]?.extensions?.code).toBe('ACCOUNT_SUSPENDED');
    const there = await onceRelayed('{ viewer { handle } }', yanis.token, (answer) => answer.status === 200);
    expect(there.status).toBe(403);
    expect(there.body.errors?.[0]?.extensions?.code).toBe('ACCOUNT_SUSPENDED');
  });

  it('loses admin rights when its owner stops being an admin: at once here, as soon as relayed there', async () => {
    const lina = await member('lina', 'ADMIN');
    const other = await member('admin-role', 'ADMIN');
    await kept(lina.token, lina.id);
    const asAdmin = '{ auditLog(first: 1) { totalCount } }';
    for (const url of [replicas.a, replicas.b])
      expect((await graphqlAt(url, asAdmin, {}, { token: lina.token })).body.data.auditLog).not.toBeNull();
    const demote = 'mutation($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { __typename } }';
    expect(await onA(demote, lina.id, other)).toBe('MemberSuccess');
    expect((await graphqlAt(replicas.a, asAdmin, {}, { token: lina.token })).body.data?.auditLog ?? null).toBeNull();
    const there = await onceRelayed(asAdmin, lina.token, (answer) => answer.body.data?.auditLog != null);
    expect(there.body.data?.auditLog ?? null).toBeNull();
  });

  it('stops watching an owner whose tokens went unused for a minute (memory stays bounded by active callers)', async () => {
    const idle = await member('idle-owner');
    const busy = await member('busy-owner');
    await kept(idle.token, idle.id);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    try {
      // Any check on a replica lets it forget the owners unseen for a minute.
      for (const url of [replicas.a, replicas.b])
        await graphqlAt(url, '{ viewer { handle } }', {}, { token: busy.token });
    } finally {
      vi.useRealTimers();
    }
    let subscribers = 2;
    for (let i = 0; i < 150 && subscribers > 0; i++) {
      [, subscribers] = (await replicas.redis.pubsub('NUMSUB', `access:${idle.id}`)) as [string, number];
      if (subscribers > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(Number(subscribers)).toBe(0);
    // Used again, the token is checked against the database and works.
    expect(
      (await graphqlAt(replicas.a, '{ viewer { handle } }', {}, { token: idle.token })).body.data.viewer.handle,
    ).toBe('idle-owner');
  });
});
