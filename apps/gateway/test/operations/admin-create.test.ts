// `pnpm admin:create`, as an operator runs it on a fresh PostgreSQL database: a real process prints a
// sign-in link that signs the new admin in; running it again recovers a suspended or demoted admin
// with a new link; every run is in the audit log. (PostgreSQL only: a second process cannot share
// the in-memory embedded database.)
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, startTestGateway, type TestGateway } from '../harness.ts';

const run = promisify(execFile);
const GATEWAY_DIR = fileURLToPath(new URL('../../', import.meta.url));
const VIEWER = '{ viewer { email role status } }';

let t: TestGateway;

async function adminCreate(...args: string[]) {
  if (t.db.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
  const env = {
    ...process.env,
    DATABASE_URL: t.db.target.url,
    PUBLIC_URL: 'https://ekoacteurs.example',
    NODE_ENV: 'production',
  };
  return run(process.execPath, ['--import', 'tsx', 'src/cli/admin-create.ts', ...args], { cwd: GATEWAY_DIR, env });
}

function linkToken(stdout: string): string {
  const token = /https:\/\/ekoacteurs\.example\/connexion\/lien#token=([\w-]+)/.exec(stdout)?.[1];
  if (!token) throw new Error(`no sign-in link in: ${stdout}`);
  return token;
}

async function signInWith(token: string) {
  const response = await t.graphql(
    'mutation($token: String!) { signInWithLink(token: $token) { __typename ... on SignInSuccess { viewer { email role } } } }',
    { token },
  );
  return response;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('pnpm admin:create', () => {
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t?.stop());

  it('creates the first admin on an empty database and prints a link that signs them in, once', async () => {
    const { stdout, stderr } = await adminCreate('--email', 'Premiere.Admin@Example.fr', '--name', 'Première Admin');
    expect(stderr).toBe('');
    expect(stdout).toContain('Première Admin <premiere.admin@example.fr>: created.');
    const token = linkToken(stdout);
    // Only the hash is stored.
    expect(JSON.stringify(await t.db.prisma.signInToken.findMany())).not.toContain(token);

    const signedIn = await signInWith(token);
    expect(signedIn.body.data.signInWithLink.viewer).toEqual({ email: 'premiere.admin@example.fr', role: 'ADMIN' });
    const me = await t.graphql(VIEWER, {}, { cookie: sessionCookie(signedIn) });
    expect(me.body.data.viewer).toEqual({ email: 'premiere.admin@example.fr', role: 'ADMIN', status: 'ACTIVE' });
    // The console's admin-only lists answer.
    const audit = await t.graphql(
      '{ auditLog(first: 5) { edges { node { action targetType } } } }',
      {},
      { cookie: sessionCookie(signedIn) },
    );
    expect(audit.body.data.auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action)).toContain(
      'admin.created_from_cli',
    );

    const again = await signInWith(token);
    expect(again.body.data.signInWithLink.__typename).toBe('SignInLinkInvalidError');
  });

  it('recovers a suspended, demoted admin when run again, with a new link', async () => {
    await t.db.prisma.member.update({
      where: { email: 'premiere.admin@example.fr' },
      data: { status: 'SUSPENDED', suspendedAt: new Date(), role: 'MEMBER' },
    });
    const { stdout } = await adminCreate('--email', 'premiere.admin@example.fr');
    expect(stdout).toContain('Première Admin <premiere.admin@example.fr>: reactivated as an active admin.');
    const signedIn = await signInWith(linkToken(stdout));
    expect(signedIn.body.data.signInWithLink.viewer).toEqual({ email: 'premiere.admin@example.fr', role: 'ADMIN' });
    expect(await t.db.prisma.member.count({ where: { email: 'premiere.admin@example.fr' } })).toBe(1);
    const entries = await t.db.prisma.auditLogEntry.findMany({
      where: { action: { startsWith: 'admin.' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(entries.map((entry) => entry.action)).toEqual(['admin.created_from_cli', 'admin.recovered_from_cli']);
    expect(entries[1]!.data).toMatchObject({ outcome: 'reactivated', from: { role: 'MEMBER', status: 'SUSPENDED' } });
  });

  it('refuses a malformed address without touching the database', async () => {
    const failure = await adminCreate('--email', 'not-an-address').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({
      code: 1,
      stderr: '"not-an-address" is not an email address (e.g. camille@example.fr).\n',
    });
    expect(await t.db.prisma.member.count()).toBe(1);
  });
});
