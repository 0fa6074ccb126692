// Joining and signing in, as people do it: apply, get admitted, follow the emailed link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  globalId,
  linkFromOutbox,
  sessionCookie,
  signIn,
  startTestGateway,
  type TestGateway,
} from '../harness.ts';

let t: TestGateway;
let adminCookie: string;
let skillId: string;

beforeAll(async () => {
  t = await startTestGateway();
  await addMember(t, { handle: 'admin-federation', email: 'admin@ekoacteurs.fr', role: 'ADMIN' });
  const skill = await t.db.prisma.skill.create({
    data: {
      slug: 'prospection-terrain',
      name: 'Prospection terrain',
      nameEn: 'Field prospecting',
      domain: 'PROSPECTING',
    },
  });
  skillId = globalId('Skill', skill.id);
  adminCookie = await signIn(t, 'admin@ekoacteurs.fr');
});
afterAll(() => t?.stop());

const APPLY = `mutation($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    __typename
    ... on ApplyForMembershipSuccess { message }
    ... on ValidationError { code fieldErrors { path message } }
  }
}`;
const REQUEST_LINK = `mutation($email: String!) { requestSignInLink(email: $email) { __typename ... on EmailSentSuccess { message } } }`;
const SIGN_IN = `mutation($token: String!) { signInWithLink(token: $token) { __typename ... on SignInSuccess { viewer { handle email status } } ... on Error { code message } } }`;
const VIEWER = `{ viewer { handle email status } }`;

describe('apply → admitted → sign in by emailed link', () => {
  it('takes the whole journey', async () => {
    const applied = await t.graphql(APPLY, {
      input: {
        displayName: 'Élodie Dupré',
        email: 'Elodie.Dupre@Example.fr',
        region: 'Bretagne',
        skillIds: [skillId],
        motivation: 'Graphiste à Rennes, je veux travailler en collectif sur des appels d’offres.',
      },
    });
    expect(applied.body.data.applyForMembership.__typename).toBe('ApplyForMembershipSuccess');
    const applicant = await t.db.prisma.member.findUniqueOrThrow({
      where: { email: 'elodie.dupre@example.fr' },
      include: { skills: true },
    });
    expect(applicant).toMatchObject({ handle: 'elodie-dupre', status: 'APPLICANT', region: 'Bretagne' });
    expect(applicant.skills).toHaveLength(1);
    expect(
      await t.db.prisma.outboxEmail.count({ where: { to: 'elodie.dupre@example.fr', kind: 'application-received' } }),
    ).toBe(1);

    // Before admission, asking for a link only brings news of the application.
    await t.graphql(REQUEST_LINK, { email: 'elodie.dupre@example.fr' });
    expect(
      await t.db.prisma.outboxEmail.count({ where: { to: 'elodie.dupre@example.fr', kind: 'sign-in-link' } }),
    ).toBe(0);
    expect(
      await t.db.prisma.outboxEmail.count({ where: { to: 'elodie.dupre@example.fr', kind: 'application-pending' } }),
    ).toBe(1);

    const admitted = await t.graphql(
      `mutation($id: ID!) { admitApplicant(memberId: $id, message: "Bienvenue parmi nous !") { __typename ... on MemberSuccess { member { status admittedAt } } } }`,
      { id: globalId('Member', applicant.id) },
      { cookie: adminCookie },
    );
    expect(admitted.body.data.admitApplicant.member.status).toBe('ACTIVE');
    const welcome = await t.db.prisma.outboxEmail.findFirstOrThrow({
      where: { to: 'elodie.dupre@example.fr', kind: 'application-admitted' },
    });
    expect(welcome.text).toContain('Bienvenue parmi nous !');

    await t.graphql(REQUEST_LINK, { email: 'elodie.dupre@example.fr' });
    const token = await linkFromOutbox(t, 'elodie.dupre@example.fr');
    const signedIn = await t.graphql(SIGN_IN, { token });
    expect(signedIn.body.data.signInWithLink.viewer).toEqual({
      handle: 'elodie-dupre',
      email: 'elodie.dupre@example.fr',
      status: 'ACTIVE',
    });
    const cookie = sessionCookie(signedIn);
    const viewer = await t.graphql(VIEWER, {}, { cookie });
    expect(viewer.body.data.viewer.handle).toBe('elodie-dupre');

    const audit = await t.db.prisma.auditLogEntry.findMany({
      where: { targetId: applicant.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual(['membership.applied', 'membership.admitted']);
    expect(await t.db.prisma.auditLogEntry.count({ where: { action: 'auth.signed_in', actorId: applicant.id } })).toBe(
      1,
    );
  });

  it('explains invalid applications field by field and creates nothing', async () => {
    const before = await t.db.prisma.member.count();
    const response = await t.graphql(APPLY, {
      input: { displayName: 'X', email: 'pas-une-adresse', region: 'Bretagne', skillIds: [], motivation: 'court' },
    });
    const result = response.body.data.applyForMembership;
    expect(result.code).toBe('VALIDATION_FAILED');
    expect(result.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'input.displayName',
      'input.email',
      'input.motivation',
      'input.skillIds',
    ]);
    expect(await t.db.prisma.member.count()).toBe(before);
  });

  it('answers an application with a known address exactly as a new one, and tells the owner by email', async () => {
    await addMember(t, { handle: 'deja-membre', email: 'deja@example.fr' });
    const input = {
      displayName: 'Déjà Membre',
      email: 'deja@example.fr',
      region: 'Occitanie',
      skillIds: [skillId],
      motivation: 'Je candidate une seconde fois par erreur, sans le savoir.',
    };
    const fresh = await t.graphql(APPLY, { input: { ...input, email: 'nouvelle@example.fr' } });
    const duplicate = await t.graphql(APPLY, { input });
    expect(duplicate.body).toEqual(fresh.body);
    expect(await t.db.prisma.member.count({ where: { email: 'deja@example.fr' } })).toBe(1);
    expect(await t.db.prisma.outboxEmail.count({ where: { to: 'deja@example.fr', kind: 'already-registered' } })).toBe(
      1,
    );
  });
});

describe('magic links', () => {
  it('answers the same whether or not the address has an account', async () => {
    await addMember(t, { handle: 'camille-martin', email: 'camille@example.fr' });
    const known = await t.graphql(REQUEST_LINK, { email: 'camille@example.fr' });
    const unknown = await t.graphql(REQUEST_LINK, { email: 'personne@example.fr' });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect(await t.db.prisma.outboxEmail.count({ where: { to: 'personne@example.fr' } })).toBe(0);
  });

  it('stores only a hash of the link and refuses a stolen link used a second time', async () => {
    await addMember(t, { handle: 'lucas-bernard', email: 'lucas@example.fr' });
    await t.graphql(REQUEST_LINK, { email: 'lucas@example.fr' });
    const token = await linkFromOutbox(t, 'lucas@example.fr');
    expect(await t.db.prisma.signInToken.count({ where: { tokenHash: token } })).toBe(0);
    const first = await t.graphql(SIGN_IN, { token });
    expect(first.body.data.signInWithLink.__typename).toBe('SignInSuccess');
    const second = await t.graphql(SIGN_IN, { token });
    expect(second.body.data.signInWithLink).toMatchObject({
      __typename: 'SignInLinkInvalidError',
      code: 'SIGN_IN_LINK_INVALID',
    });
    expect(second.headers.get('set-cookie')).toBeNull();
  });

  it('lets exactly one of two simultaneous uses of a link through', async () => {
    await addMember(t, { handle: 'ines-moreau', email: 'ines@example.fr' });
    await t.graphql(REQUEST_LINK, { email: 'ines@example.fr' });
    const token = await linkFromOutbox(t, 'ines@example.fr');
    const results = await Promise.all(Array.from({ length: 5 }, () => t.graphql(SIGN_IN, { token })));
    const kinds = results.map((r) => r.body.data.signInWithLink.__typename).sort();
    expect(kinds).toEqual([
      'SignInLinkInvalidError',
      'SignInLinkInvalidError',
      'SignInLinkInvalidError',
      'SignInLinkInvalidError',
      'SignInSuccess',
    ]);
  });

  it('refuses an expired link', async () => {
    await addMember(t, { handle: 'hugo-petit', email: 'hugo@example.fr' });
    await t.graphql(REQUEST_LINK, { email: 'hugo@example.fr' });
    const token = await linkFromOutbox(t, 'hugo@example.fr');
    await t.db.prisma.signInToken.updateMany({
      where: { member: { email: 'hugo@example.fr' } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await t.graphql(SIGN_IN, { token });
    expect(response.body.data.signInWithLink.code).toBe('SIGN_IN_LINK_INVALID');
  });

  it('sends at most 3 links per address per 15 minutes, still answering the same', async () => {
    await addMember(t, { handle: 'jade-roux', email: 'jade@example.fr' });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await t.graphql(REQUEST_LINK, { email: 'jade@example.fr' })).body);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await t.db.prisma.outboxEmail.count({ where: { to: 'jade@example.fr', kind: 'sign-in-link' } })).toBe(3);
  });
});

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Lax cookie and ends it on sign-out', async () => {
    await addMember(t, { handle: 'lea-garnier', email: 'lea@example.fr' });
    await t.graphql(REQUEST_LINK, { email: 'lea@example.fr' });
    const response = await t.graphql(SIGN_IN, { token: await linkFromOutbox(t, 'lea@example.fr') });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^eko_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/);
    const cookie = sessionCookie(response);

    const out = await t.graphql('mutation { signOut { ... on SignOutSuccess { sessionsEnded } } }', {}, { cookie });
    expect(out.body.data.signOut.sessionsEnded).toBe(1);
    expect(out.headers.get('set-cookie')).toMatch(/^eko_session=; .*Max-Age=0/);
    expect((await t.graphql(VIEWER, {}, { cookie })).body.data.viewer).toBeNull();
  });

  it('lists a member’s sessions and signs out everywhere', async () => {
    await addMember(t, { handle: 'noah-faure', email: 'noah@example.fr' });
    const laptop = await signIn(t, 'noah@example.fr');
    const phone = await signIn(t, 'noah@example.fr');
    const listed = await t.graphql('{ viewer { sessions { id current } } }', {}, { cookie: phone });
    expect(listed.body.data.viewer.sessions).toHaveLength(2);
    expect(listed.body.data.viewer.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const out = await t.graphql(
      'mutation { signOutEverywhere { ... on SignOutSuccess { sessionsEnded } } }',
      {},
      { cookie: phone },
    );
    expect(out.body.data.signOutEverywhere.sessionsEnded).toBe(2);
    expect((await t.graphql(VIEWER, {}, { cookie: laptop })).body.data.viewer).toBeNull();
  });

  it('stops a suspended member’s open session at once', async () => {
    const member = await addMember(t, { handle: 'chloe-blanc', email: 'chloe@example.fr' });
    const cookie = await signIn(t, 'chloe@example.fr');
    expect((await t.graphql(VIEWER, {}, { cookie })).body.data.viewer.handle).toBe('chloe-blanc');
    const suspended = await t.graphql(
      `mutation($id: ID!) { suspendMember(memberId: $id, reason: "Comportement signalé") { __typename } }`,
      { id: globalId('Member', member.id) },
      { cookie: adminCookie },
    );
    expect(suspended.body.data.suspendMember.__typename).toBe('MemberSuccess');
    expect((await t.graphql(VIEWER, {}, { cookie })).body.data.viewer).toBeNull();
    const denied = await t.graphql(
      'mutation { createPersonalToken(input: { name: "x", scopes: [READ_PUBLIC] }) { __typename } }',
      {},
      { cookie },
    );
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A new link is not sent to a suspended member either.
    await t.graphql(REQUEST_LINK, { email: 'chloe@example.fr' });
    expect(await t.db.prisma.outboxEmail.count({ where: { to: 'chloe@example.fr', kind: 'sign-in-link' } })).toBe(1);
  });
});

describe('passwords', () => {
  it('sets a password, signs in with it, refuses a wrong one, and resets it by email', async () => {
    await addMember(t, { handle: 'paul-henry', email: 'paul@example.fr' });
    const cookie = await signIn(t, 'paul@example.fr');
    const short = await t.graphql(
      'mutation { setPassword(newPassword: "court") { __typename ... on ValidationError { fieldErrors { path } } } }',
      {},
      { cookie },
    );
    expect(short.body.data.setPassword.fieldErrors[0].path).toEqual(['newPassword']);
    const set = await t.graphql(
      'mutation { setPassword(newPassword: "un mot de passe solide") { __typename } }',
      {},
      { cookie },
    );
    expect(set.body.data.setPassword.__typename).toBe('SetPasswordSuccess');
    const stored = await t.db.prisma.member.findUniqueOrThrow({ where: { email: 'paul@example.fr' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { __typename ... on Error { code } } }`;
    const good = await t.graphql(PASSWORD, { e: 'paul@example.fr', p: 'un mot de passe solide' });
    expect(good.body.data.signInWithPassword.__typename).toBe('SignInSuccess');
    expect(good.headers.get('set-cookie')).toContain('eko_session=');
    const bad = await t.graphql(PASSWORD, { e: 'paul@example.fr', p: 'mauvais mot de passe' });
    const nobody = await t.graphql(PASSWORD, { e: 'personne@example.fr', p: 'mauvais mot de passe' });
    expect(bad.body.data.signInWithPassword.code).toBe('INVALID_CREDENTIALS');
    expect(nobody.body).toEqual(bad.body);

    await t.graphql('mutation { requestPasswordReset(email: "paul@example.fr") { __typename } }');
    const token = await linkFromOutbox(t, 'paul@example.fr', 'password-reset');
    const reset = await t.graphql(
      `mutation($t: String!) { resetPassword(token: $t, newPassword: "un tout nouveau mot de passe") { __typename } }`,
      { t: token },
    );
    expect(reset.body.data.resetPassword.__typename).toBe('SignInSuccess');
    expect((await t.graphql(VIEWER, {}, { cookie })).body.data.viewer).toBeNull();
    expect(
      (await t.graphql(PASSWORD, { e: 'paul@example.fr', p: 'un tout nouveau mot de passe' })).body.data
        .signInWithPassword.__typename,
    ).toBe('SignInSuccess');
  });
});
