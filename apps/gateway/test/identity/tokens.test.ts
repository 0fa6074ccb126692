// API tokens as integrators use them: created once, sent as Bearer, scoped, revocable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, globalId, listToVisitors, signIn, startTestGateway, type TestGateway } from '../harness.ts';

let t: TestGateway;
let memberCookie: string;
let adminCookie: string;

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createPersonalToken(input: $input) {
    __typename
    ... on CreateApiTokenSuccess { secret token { id prefix scopes kind lastUsedAt } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

async function personalToken(scopes: string[], expiresAt?: string) {
  const response = await t.graphql(
    CREATE,
    { input: { name: 'Mon site', scopes, expiresAt } },
    { cookie: memberCookie },
  );
  return response.body.data.createPersonalToken as { secret: string; token: { id: string; prefix: string } };
}

beforeAll(async () => {
  t = await startTestGateway();
  const camille = await addMember(t, { handle: 'camille-martin', email: 'camille@example.fr' });
  // A read:public token is a visitor: it sees the member (even as `viewer`) only if they are listed to visitors.
  await listToVisitors(t, camille.id);
  await addMember(t, { handle: 'admin-federation', email: 'admin@ekoacteurs.fr', role: 'ADMIN' });
  memberCookie = await signIn(t, 'camille@example.fr');
  adminCookie = await signIn(t, 'admin@ekoacteurs.fr');
});
afterAll(() => t?.stop());

describe('personal tokens', () => {
  it('shows the secret once, stores only its hash, and acts as the member', async () => {
    const { secret, token } = await personalToken(['READ_PUBLIC', 'READ_NETWORK']);
    expect(secret).toMatch(/^eko_pat_[\w-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 12));
    const row = await t.db.prisma.apiToken.findFirstOrThrow({ where: { prefix: token.prefix } });
    expect(row.tokenHash).not.toContain(secret.slice(8));
    const viewer = await t.graphql('{ viewer { handle email } }', {}, { token: secret });
    expect(viewer.body.data.viewer).toEqual({ handle: 'camille-martin', email: 'camille@example.fr' });
    const listed = await t.graphql('{ viewer { apiTokens { prefix lastUsedAt } } }', {}, { cookie: memberCookie });
    expect(
      listed.body.data.viewer.apiTokens.find((k: { prefix: string }) => k.prefix === token.prefix).lastUsedAt,
    ).not.toBeNull();
  });

  it('refuses the admin scope on a personal token and explains each bad field', async () => {
    const response = await t.graphql(
      CREATE,
      { input: { name: 'x', scopes: ['ADMIN'], expiresAt: '2000-01-01T00:00:00Z' } },
      { cookie: memberCookie },
    );
    const paths = response.body.data.createPersonalToken.fieldErrors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths.sort()).toEqual(['input.expiresAt', 'input.name', 'input.scopes']);
  });

  it('answers 401 INVALID_TOKEN for an unknown, expired or revoked token, never anonymous data', async () => {
    const unknown = await t.graphql('{ viewer { handle } }', {}, { token: 'eko_pat_nope' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    expect(unknown.body.data ?? null).toBeNull();

    const expiring = await personalToken(['READ_NETWORK'], new Date(Date.now() + 60_000).toISOString());
    await t.db.prisma.apiToken.updateMany({
      where: { prefix: expiring.token.prefix },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const expired = await t.graphql('{ viewer { handle } }', {}, { token: expiring.secret });
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]?.message).toContain('expired');

    const revokable = await personalToken(['READ_NETWORK']);
    const revoked = await t.graphql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { __typename ... on ApiToken { revokedAt } } }`,
      { id: revokable.token.id },
      { cookie: memberCookie },
    );
    expect(revoked.body.data.revokeApiToken.revokedAt).not.toBeNull();
    const after = await t.graphql('{ viewer { handle } }', {}, { token: revokable.secret });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    expect(await t.db.prisma.auditLogEntry.count({ where: { action: 'token.revoked' } })).toBe(1);
  });

  it('limits a token to its scopes and never lets it manage tokens or sessions', async () => {
    const readOnly = await personalToken(['READ_PUBLIC']);
    // The member's own private data: the token lacks read:network, and says so (never a silent null).
    const privateData = await t.graphql('{ viewer { handle email } }', {}, { token: readOnly.secret });
    expect(privateData.body.data.viewer).toEqual({ handle: 'camille-martin', email: null });
    expect(privateData.body.errors?.map((error: any) => [error.path.join('.'), error.extensions.code])).toEqual([
      ['viewer.email', 'INSUFFICIENT_SCOPE'],
    ]);
    const asAdmin = await t.graphql('{ auditLog(first: 1) { totalCount } }', {}, { token: readOnly.secret });
    expect(asAdmin.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
    const full = await personalToken(['READ_PUBLIC', 'READ_NETWORK', 'WRITE_PROFILE', 'WRITE_WORKSHOPS']);
    const minting = await t.graphql(CREATE, { input: { name: 'y', scopes: ['READ_PUBLIC'] } }, { token: full.secret });
    expect(minting.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a missing scope with INSUFFICIENT_SCOPE, and what is not yours with null, on every field alike', async () => {
    const readPublic = await personalToken(['READ_PUBLIC']);
    const notifications = await t.graphql(
      '{ viewer { notifications(first: 1) { totalCount } } }',
      {},
      { token: readPublic.secret },
    );
    expect(notifications.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(notifications.body.errors?.[0]?.message).toMatch(/read:network/);
    const network = await personalToken(['READ_PUBLIC', 'READ_NETWORK']);
    const own = await t.graphql('{ viewer { notifications(first: 1) { totalCount } } }', {}, { token: network.secret });
    expect(own.body.errors).toBeUndefined();
    // Someone else's private fields: no scope would show them to a member, so null without an error.
    const others = await t.graphql(
      '{ member(handle: "admin-federation") { handle email notifications(first: 1) { totalCount } } }',
      {},
      { token: network.secret },
    );
    expect(others.body.errors).toBeUndefined();
    expect(others.body.data.member).toEqual({ handle: 'admin-federation', email: null, notifications: null });
  });

  it('lets a token revoke itself (as docs/api.md shows), but no other token, even of the same member', async () => {
    const REVOKE =
      'mutation($id: ID!) { revokeApiToken(id: $id) { __typename ... on ApiToken { revokedAt } ... on Error { code } } }';
    const leaked = await personalToken(['READ_PUBLIC']);
    const other = await personalToken(['READ_PUBLIC', 'READ_NETWORK']);
    const sideways = await t.graphql(REVOKE, { id: other.token.id }, { token: leaked.secret });
    // Only an admin token may revoke another token.
    expect(sideways.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(
      await t.db.prisma.apiToken.findFirst({ where: { prefix: other.token.prefix, revokedAt: null } }),
    ).not.toBeNull();
    const itself = await t.graphql(REVOKE, { id: leaked.token.id }, { token: leaked.secret });
    expect(itself.body.data.revokeApiToken.__typename).toBe('ApiToken');
    expect(itself.body.data.revokeApiToken.revokedAt).toEqual(expect.any(String));
    const after = await t.graphql('{ viewer { handle } }', {}, { token: leaked.secret });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="ekoacteurs", error="invalid_token", error_description="This API token was revoked/,
    );
    expect(after.body.errors?.[0]?.extensions).toEqual({ code: 'INVALID_TOKEN' });
    expect((await t.graphql('{ viewer { handle } }', {}, { token: other.secret })).body.data.viewer.handle).toBe(
      'camille-martin',
    );
  });
});

describe('integration tokens', () => {
  it('are created by admins only, with the admin scope if wanted, and audited', async () => {
    const INTEGRATION = `mutation { createIntegrationToken(input: { name: "Réseau Bretagne", scopes: [READ_PUBLIC, ADMIN] }) { __typename ... on CreateApiTokenSuccess { secret token { kind } } } }`;
    const byMember = await t.graphql(INTEGRATION, {}, { cookie: memberCookie });
    expect(byMember.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await t.graphql(INTEGRATION, {}, { cookie: adminCookie });
    const { secret, token } = byAdmin.body.data.createIntegrationToken;
    expect(secret).toMatch(/^eko_int_/);
    expect(token.kind).toBe('INTEGRATION');
    const audit = await t.graphql(
      '{ auditLog(first: 5, action: "token.") { edges { node { action } } } }',
      {},
      { token: secret },
    );
    expect(audit.body.data.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toContain(
      'token.created',
    );
  });
});

describe('privacy of member fields', () => {
  it('shows email, status and concerns only to the member and to admins', async () => {
    const other = await addMember(t, { handle: 'zoe-lambert', email: 'zoe@example.fr' });
    await t.db.prisma.member.update({ where: { id: other.id }, data: { concerns: 'Je redoute de trop promettre.' } });
    // Listed to visitors, so that visitors see the member at all (and still not these fields).
    await listToVisitors(t, other.id);
    const query = `query($id: ID!) { node(id: $id) { ... on Member { handle email status concerns } } }`;
    const id = globalId('Member', other.id);
    expect((await t.graphql(query, { id })).body.data.node).toEqual({
      handle: 'zoe-lambert',
      email: null,
      status: null,
      concerns: null,
    });
    expect((await t.graphql(query, { id }, { cookie: memberCookie })).body.data.node.email).toBeNull();
    expect((await t.graphql(query, { id }, { cookie: adminCookie })).body.data.node).toEqual({
      handle: 'zoe-lambert',
      email: 'zoe@example.fr',
      status: 'ACTIVE',
      concerns: 'Je redoute de trop promettre.',
    });
  });

  it('hides applicants from everyone but admins', async () => {
    const applicant = await addMember(t, { handle: 'candidat', status: 'APPLICANT' });
    const query = `query($id: ID!) { node(id: $id) { ... on Member { handle } } }`;
    // Hidden answers like missing: null, no error.
    expect((await t.graphql(query, { id: globalId('Member', applicant.id) })).body).toEqual({ data: { node: null } });
    expect(
      (await t.graphql(query, { id: globalId('Member', applicant.id) }, { cookie: adminCookie })).body.data.node.handle,
    ).toBe('candidat');
  });

  it('answers null for ids that are not even well formed', async () => {
    const response = await t.graphql(`{ node(id: "${globalId('Member', 'not-a-uuid')}") { id } }`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { node: null } });
  });
});
