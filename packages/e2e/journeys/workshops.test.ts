// Journeys: a newcomer is admitted, signs in by the emailed link, edits their profile, joins the waitlist of a full
// workshop (position 3), cancels, and it leaves "My workshops"; then a confirmed participant
// cancels and the first member of the waitlist, on /notifications, sees their promotion arrive
// live (Server-Sent Events), without reloading.
import {
  CancelRegistrationDocument,
  RequestSignInLinkDocument,
  SignInWithLinkDocument,
  SignInWithPasswordDocument,
  WorkshopParticipantsDocument,
} from '@ekoacteurs/client';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { ADMIN } from '../src/gateway.ts';
import { useJourney } from '../src/journey.ts';
import { sessionClient } from '../src/session-client.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const FULL = 'repondre-a-un-appel-d-offres-a-plusieurs';
/** Its title, in the seed with a straight apostrophe. */
const TITLE = /Répondre à un appel d.offres à plusieurs/;

describe.runIf(RUN_JOURNEYS)('workshops in the portal', () => {
  const journey = useJourney({ browser: {}, second: { width: 390 } });

  it('apply → admitted → sign in by link → waitlist of a full workshop (position 3) → cancel → gone from my workshops', async () => {
    const { page } = journey.browser;
    const email = 'noemie.garnier@example.fr';

    // Visitors get the server-rendered application form (it works without JavaScript too).
    await page.goto(`${journey.gateway.url}/candidature`);
    await page.getByLabel('Votre nom ou celui de votre structure').fill('Noémie Garnier');
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByLabel('Votre région').fill('Occitanie');
    await page.getByRole('checkbox').first().check();
    await page
      .getByLabel('Pourquoi nous rejoindre ?')
      .fill('Rédactrice technique, je veux répondre à des appels d’offres avec d’autres indépendants.');
    // The form refuses what is sent faster than a person types (spam protection).
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByText('Merci ! Votre candidature est enregistrée').waitFor();

    const admin = await adminClient(journey.gateway.url);
    await admin.admit(email);
    await signInThroughEmailedLink(page, journey.gateway.url, admin, email);
    // A minimal profile edit (the profile screen is a colleague's: its own journey goes further).
    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByLabel(/^Accroche/).fill('Rédactrice technique — documentation claire');
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await page.getByText('Profil enregistré.').waitFor();

    // The agenda, with its filters.
    await page.getByRole('link', { name: 'Agenda des ateliers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda des ateliers' }).waitFor();
    await page.getByRole('heading', { level: 2 }).nth(1).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The full workshop: the waitlist, position 3.
    await page.goto(`${journey.gateway.url}/agenda/${FULL}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText('Complet — liste d’attente ouverte').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
    await page.getByText('Vous êtes sur la liste d’attente, position 3.', { exact: true }).waitFor();
    // Said once, where focus lands (a screen reader reads it out), not in a second message above.
    await page.waitForFunction(() => document.activeElement?.id === 'registration-status');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Vous êtes sur la liste d’attente, position 3.',
    );
    await journey.browser.screenshot('workshops-1-waitlisted');

    // It shows in "My workshops" at once.
    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header
    await page.getByRole('link', { name: 'Mes ateliers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes ateliers' }).waitFor();
    const waitlisted = page.getByRole('heading', { name: 'En liste d’attente (1)' });
    await waitlisted.waitFor();
    expect(await page.getByRole('link', { name: TITLE }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // Cancel, after confirming.
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('button', { name: 'Quitter la liste d’attente' }).click();
    await page.getByRole('heading', { name: 'Annuler votre inscription ?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Oui, annuler' }).click();
    await page.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).waitFor();

    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header

    await page.getByRole('link', { name: 'Mes ateliers' }).click();
    await page.getByRole('heading', { name: 'En liste d’attente (0)' }).waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
    await journey.browser.screenshot('workshops-2-cancelled');
  });

  it('a participant cancels: the first on the waitlist sees the promotion arrive live on /notifications', async () => {
    const admin = await adminClient(journey.gateway.url);
    const adminApi = sessionClient(journey.gateway.url, 'console');
    await adminApi.mutation(SignInWithPasswordDocument, ADMIN).toPromise();
    const list = await adminApi.query(WorkshopParticipantsDocument, { slug: FULL, first: 50 }).toPromise();
    const participants = list.data?.workshop?.participants?.edges.map((edge) => edge.node) ?? [];
    const first = participants.find((p) => p.status === 'WAITLISTED' && p.waitlistPosition === 1);
    const confirmed = participants.find(
      (p) => p.status === 'CONFIRMED' && p.member.email && p.member.email !== first?.member.email,
    );
    if (!first?.member.email || !confirmed?.member.email)
      throw new Error(`Unexpected participants: ${JSON.stringify(list.data ?? list.error)}`);

    // The first on the waitlist watches their notifications.
    const page = journey.second.page;
    await signInThroughEmailedLink(page, journey.gateway.url, admin, first.member.email);
    await page.goto(`${journey.gateway.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const loads: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) loads.push(frame.url());
    });
    // Give the subscription a moment to be established.
    await page.waitForTimeout(1500);

    // A confirmed participant cancels (through the API, signed in by their own emailed link).
    const participant = sessionClient(journey.gateway.url, 'portal');
    await participant.mutation(RequestSignInLinkDocument, { email: confirmed.member.email }).toPromise();
    const token = new URL(await admin.linkSentTo(confirmed.member.email)).hash.replace('#token=', '');
    const signedIn = await participant.mutation(SignInWithLinkDocument, { token }).toPromise();
    expect(signedIn.data?.signInWithLink.__typename).toBe('SignInSuccess');
    const cancelled = await participant
      .mutation(CancelRegistrationDocument, { workshopId: list.data!.workshop!.id })
      .toPromise();
    expect(cancelled.data?.cancelRegistration.__typename).toBe('RegistrationSuccess');

    // The promotion arrives without a reload, in the list and in the header, and is announced.
    const promoted = page.getByRole('link', {
      name: /^Une place s’est libérée : vous êtes inscrit·e à l’atelier « Répondre à un appel d.offres à plusieurs »/,
    });
    await promoted.waitFor({ timeout: 20_000 });
    expect(
      await page.locator('[role=status][aria-live=polite]').filter({ hasText: 'Nouvelle notification' }).count(),
    ).toBe(1);
    expect(loads).toEqual([]);
    await journey.second.screenshot('workshops-3-promoted-live');
  });
});
