// The emails members get for the events they care about (admitted, waitlist promotion, workshop
// changed or cancelled, introduction accepted, invitation to a collective, recommendation
// received): French first (English for an English locale), plain text and HTML, one-click
// unsubscribe headers; the per-kind preference; the unsubscribe address (GET confirms, POST stops).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type TestGateway } from '../harness.ts';
import { mutate } from '../opportunities/steps.ts';
import { person, type Person } from '../people.ts';
import { DAY, fill, workshop } from '../workshops/fixtures.ts';

let t: TestGateway;
let admin: Person;
let camille: Person;
let yanis: Person;
let lea: Person;

beforeAll(async () => {
  t = await startTestGateway({ PUBLIC_URL: 'https://ekoacteurs.test' });
  [admin, camille, yanis, lea] = await Promise.all([
    person(t, 'admin', { role: 'ADMIN' }),
    person(t, 'camille'),
    person(t, 'yanis'),
    person(t, 'lea'),
  ]);
  await t.db.prisma.member.update({ where: { id: lea.id }, data: { locale: 'EN' } });
  // With an https PUBLIC_URL the session cookie carries the __Host- prefix.
  for (const p of [admin, camille, yanis, lea]) p.as = { cookie: `__Host-${p.as.cookie}` };
});
afterAll(() => t?.stop());

const mailsTo = (who: Person, kind: string) =>
  t.db.prisma.outboxEmail.findMany({ where: { to: `${who.handle}@example.fr`, kind }, orderBy: { createdAt: 'asc' } });

/** The one email of this kind to this member, checked for what every notification email carries. */
async function theMail(who: Person, kind: string) {
  const mails = await mailsTo(who, kind);
  expect(mails).toHaveLength(1);
  const mail = mails[0]!;
  const headers = mail.headers as Record<string, string>;
  expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  expect(headers['List-Unsubscribe']).toMatch(
    /^<https:\/\/ekoacteurs\.test\/email\/desabonnement\?m=[0-9a-f-]+&k=[\w.]+&t=[\w-]{43}>$/,
  );
  expect(mail.text).toContain(headers['List-Unsubscribe']!.slice(1, -1));
  expect(mail.html).toMatch(/^<!doctype html>/);
  expect(mail.html).toContain('<a href="https://ekoacteurs.test/email/desabonnement?');
  expect(mail.nextAttemptAt).not.toBeNull();
  return mail;
}

const REGISTRATION_CANCEL = `mutation($id: ID!) { cancelRegistration(workshopId: $id) { __typename } }`;

describe('each event sends its email, in French', () => {
  it('admission: a welcome in plain text and HTML', async () => {
    const applicant = await t.db.prisma.member.create({
      data: { handle: 'nour', displayName: 'Nour', email: 'nour@example.fr', status: 'APPLICANT' },
    });
    await mutate(
      t,
      admin.as,
      `mutation($id: ID!) { admitApplicant(memberId: $id, message: "Ravi·e de vous compter parmi nous.") { __typename } }`,
      { id: globalId('Member', applicant.id) },
    );
    const [mail] = await t.db.prisma.outboxEmail.findMany({
      where: { to: 'nour@example.fr', kind: 'application-admitted' },
    });
    expect(mail!.subject).toBe('Bienvenue dans la Fédération des ÉkôActeurs');
    expect(mail!.html).toContain('<p>Ravi·e de vous compter parmi nous.</p>');
  });

  it('waitlist promotion, with the workshop’s title and page', async () => {
    const w = await workshop(t, { capacity: 1, title: 'Compost partagé' });
    await fill(t, w.id, [camille, yanis], 1);
    await mutate(t, camille.as, REGISTRATION_CANCEL, { id: w.gid });
    const mail = await theMail(yanis, 'workshop.promoted');
    expect(mail.subject).toBe('Une place s’est libérée : « Compost partagé »');
    expect(mail.text).toMatch(/^Bonjour yanis,\n\nUne place s’est libérée/);
    expect(mail.text).toContain(`https://ekoacteurs.test/ateliers/${w.slug}`);
    expect(mail.html).toContain(`<a href="https://ekoacteurs.test/ateliers/${w.slug}">`);
  });

  it('a workshop changed, then cancelled', async () => {
    const w = await workshop(t, { title: 'Vélo-école' });
    await fill(t, w.id, [camille], 5);
    const startsAt = new Date(Date.now() + 4 * DAY).toISOString();
    await mutate(
      t,
      admin.as,
      `mutation($id: ID!, $s: DateTime!, $e: DateTime!) { updateWorkshop(id: $id, input: { startsAt: $s, endsAt: $e }) { __typename } }`,
      {
        id: w.gid,
        s: startsAt,
        e: new Date(Date.now() + 4 * DAY + 7_200_000).toISOString(),
      },
    );
    const changed = await theMail(camille, 'workshop.updated');
    expect(changed.subject).toBe('Atelier modifié : « Vélo-école »');
    expect(changed.text).toContain('a changé (l’heure de début, l’heure de fin)');
    await mutate(
      t,
      admin.as,
      `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Salle indisponible") { __typename } }`,
      { id: w.gid },
    );
    const cancelled = await theMail(camille, 'workshop.cancelled');
    expect(cancelled.subject).toBe('Atelier annulé : « Vélo-école »');
    expect(cancelled.text).toContain('Motif : Salle indisponible');
  });

  it('an introduction accepted', async () => {
    const asked = await mutate(
      t,
      camille.as,
      `mutation($id: ID!) { requestIntroduction(memberId: $id, message: "Bonjour, j’aimerais parler compost avec vous.") { ... on IntroductionSuccess { introduction { id } } } }`,
      { id: yanis.gid },
    );
    await mutate(
      t,
      yanis.as,
      `mutation($id: ID!) { acceptIntroduction(id: $id, message: "Avec plaisir !") { __typename } }`,
      { id: asked.introduction.id },
    );
    const mail = await theMail(camille, 'introduction.accepted');
    expect(mail.subject).toBe('yanis a accepté votre demande de mise en relation');
    expect(mail.text).toContain('https://ekoacteurs.test/membres/yanis');
  });

  it('an invitation to a collective', async () => {
    const created = await mutate(
      t,
      camille.as,
      `mutation { createCollective(input: { name: "Jardins du Blosne", purpose: "Cultiver ensemble plutôt que seuls." }) { ... on CollectiveSuccess { collective { id } } } }`,
    );
    await mutate(
      t,
      camille.as,
      `mutation($c: ID!, $m: ID!) { inviteToCollective(collectiveId: $c, memberId: $m, message: "Rejoins-nous !") { __typename } }`,
      { c: created.collective.id, m: yanis.gid },
    );
    const mail = await theMail(yanis, 'collective.invited');
    expect(mail.subject).toBe('Invitation à rejoindre le collectif « Jardins du Blosne »');
    expect(mail.text).toContain('camille vous invite à rejoindre le collectif « Jardins du Blosne ».');
  });

  it('a recommendation received, in English for an English-speaking member', async () => {
    await mutate(
      t,
      camille.as,
      `mutation($id: ID!) { recommendMember(input: { memberId: $id, clientName: "Biocoop", note: "Une graphiste remarquable." }) { __typename } }`,
      { id: lea.gid },
    );
    const mail = await theMail(lea, 'recommendation.received');
    expect(mail.subject).toBe('camille recommended you');
    expect(mail.text).toMatch(/^Hello lea,/);
    expect(mail.html).toMatch(/<html lang="en">/);
  });
});

const PREFS = `query { myEmailPreferences { kind email } }`;
const SET = `mutation($kind: EmailNotificationKind!, $email: Boolean!) { setEmailPreference(kind: $kind, email: $email) { ... on SetEmailPreferenceSuccess { preferences { kind email } } } }`;
const RECOMMEND = `mutation($id: ID!) { recommendMember(input: { memberId: $id, clientName: "Enercoop", note: "Très fiable." }) { __typename } }`;

describe('preferences', () => {
  it('every kind is on by default; in-app only stops the email but not the notification', async () => {
    const before = (await t.graphql(PREFS, {}, yanis.as)).body.data.myEmailPreferences;
    expect(before).toHaveLength(7);
    expect(before.every((p: any) => p.email)).toBe(true);
    const after = await mutate(t, yanis.as, SET, { kind: 'RECOMMENDATION_RECEIVED', email: false });
    expect(after.preferences).toContainEqual({ kind: 'RECOMMENDATION_RECEIVED', email: false });
    await mutate(t, camille.as, RECOMMEND, { id: yanis.gid });
    expect(await mailsTo(yanis, 'recommendation.received')).toHaveLength(0);
    expect(
      await t.db.prisma.notification.count({ where: { memberId: yanis.id, kind: 'recommendation.received' } }),
    ).toBe(1);
    // Back on: the next one is mailed.
    await mutate(t, yanis.as, SET, { kind: 'RECOMMENDATION_RECEIVED', email: true });
    await mutate(t, admin.as, RECOMMEND, { id: yanis.gid });
    expect(await mailsTo(yanis, 'recommendation.received')).toHaveLength(1);
  });
});

describe('one-click unsubscribe', () => {
  it('GET confirms without changing anything; POST unsubscribes, twice is once; a forged token is refused', async () => {
    const mail = (await mailsTo(lea, 'recommendation.received'))[0]!;
    const link = new URL((mail.headers as Record<string, string>)['List-Unsubscribe']!.slice(1, -1));
    const local = `${t.url}${link.pathname}${link.search}`;

    const page = await fetch(local);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post"');
    expect(html).toContain('Recommendation received');
    expect((await t.db.prisma.emailSettings.findUniqueOrThrow({ where: { memberId: lea.id } })).emailOff).toEqual([]);

    const oneClick = () =>
      fetch(local, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const [first, second] = await Promise.all([oneClick(), oneClick()]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await oneClick()).status).toBe(200);
    expect((await t.db.prisma.emailSettings.findUniqueOrThrow({ where: { memberId: lea.id } })).emailOff).toEqual([
      'recommendation.received',
    ]);
    expect((await t.graphql(PREFS, {}, lea.as)).body.data.myEmailPreferences).toContainEqual({
      kind: 'RECOMMENDATION_RECEIVED',
      email: false,
    });

    await mutate(t, camille.as, RECOMMEND, { id: lea.gid });
    expect(await mailsTo(lea, 'recommendation.received')).toHaveLength(1);

    // The token signs one member and one kind: another kind, or a changed token, is refused.
    const forged = new URL(local);
    forged.searchParams.set('k', 'workshop.reminder');
    expect((await fetch(forged, { method: 'POST' })).status).toBe(404);
    forged.searchParams.set('k', 'recommendation.received');
    forged.searchParams.set('t', 'A'.repeat(43));
    expect((await fetch(forged, { method: 'POST' })).status).toBe(404);
  });
});
