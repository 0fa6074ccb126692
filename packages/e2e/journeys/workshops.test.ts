// Journeys: a newcomer is admitted, signs in by the emailed link, edits their profile, joins the waitlist of a full
// workshop (position 3), cancels, and it leaves "My workshops"; then a confirmed participant
// cancels and the first member of the waitlist, on /notifications, sees their promotion arrive
// live (Server-Sent Events), without reloading.
import { CancelRegistrationDocument, createEkoClient, RequestSignInLinkDocument, SignInWithLinkDocument, SignInWithPasswordDocument, WorkshopParticipantsDocument } from '@ekoacteurs/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { openBrowser, RUN_JOURNEYS, type Browser } from '../src/browser.ts';
import { ADMIN, startGateway, type RunningGateway } from '../src/gateway.ts';

const FULL = 'repondre-a-un-appel-d-offres-a-plusieurs';
/** Its title, in the seed with a straight apostrophe. */
const TITLE = /Répondre à un appel d.offres à plusieurs/;

/** The API through the apps' client, with its own cookie jar (one signed-in person). */
function apiSession(baseUrl: string, clientName: string) {
  let cookie = '';
  return createEkoClient({
    persisted: true,
    url: `${baseUrl}/graphql`,
    clientName,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(input, { ...init, headers });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!;
      return response;
    },
  });
}

async function signInInBrowser(page: Page, baseUrl: string, admin: Awaited<ReturnType<typeof adminClient>>, email: string) {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await page.getByRole('heading', { name: 'Regardez votre boîte mail' }).waitFor();
  await page.goto(await admin.linkSentTo(email));
  // Signed in: the header shows the member's menu ("Mon espace").
  await page.getByRole('button', { name: /^Mon espace/ }).waitFor();
}

describe.runIf(RUN_JOURNEYS)('workshops in the portal', () => {
  let gateway: RunningGateway;
  let browser: Browser;
  let second: Browser;

  beforeAll(async () => {
    gateway = await startGateway();
    browser = await openBrowser();
    second = await openBrowser({ width: 390 });
  });
  afterAll(async () => {
    await second?.close();
    await browser?.close();
    await gateway?.stop();
  });

  it('apply → admitted → sign in by link → waitlist of a full workshop (position 3) → cancel → gone from my workshops', async () => {
    const { page } = browser;
    const email = 'noemie.garnier@example.fr';

    await page.goto(`${gateway.url}/candidature`);
    await page.getByLabel('Votre nom, ou celui de votre structure').fill('Noémie Garnier');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Région').selectOption('Occitanie');
    await page.getByRole('checkbox').first().check();
    await page.getByLabel(/Pourquoi souhaitez-vous nous rejoindre/).fill('Rédactrice technique, je veux répondre à des appels d’offres avec d’autres indépendants.');
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByRole('heading', { name: 'Merci !' }).waitFor();

    const admin = await adminClient(gateway.url);
    await admin.admit(email);
    await signInInBrowser(page, gateway.url, admin, email);
    // A minimal profile edit (the profile screen is a colleague's: its own journey goes further).
    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByLabel(/^Accroche/).fill('Rédactrice technique — documentation claire');
    await page.getByRole('button', { name: 'Enregistrer l’identité' }).click();
    await page.getByText('Profil enregistré.').waitFor();

    // The agenda, with its filters.
    await page.getByRole('link', { name: 'Agenda des ateliers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda des ateliers' }).waitFor();
    await page.getByRole('heading', { level: 2 }).nth(1).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The full workshop: the waitlist, position 3.
    await page.goto(`${gateway.url}/agenda/${FULL}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText('Complet — liste d’attente ouverte').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
    await page.getByText('Vous êtes sur la liste d’attente, position 3.', { exact: true }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'liste d’attente, position 3' }).count()).toBeGreaterThan(0);
    await browser.screenshot('workshops-1-waitlisted');

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
    await browser.screenshot('workshops-2-cancelled');
  });

  it('a participant cancels: the first on the waitlist sees the promotion arrive live on /notifications', async () => {
    const admin = await adminClient(gateway.url);
    const adminApi = apiSession(gateway.url, 'console');
    await adminApi.mutation(SignInWithPasswordDocument, ADMIN).toPromise();
    const list = await adminApi.query(WorkshopParticipantsDocument, { slug: FULL, first: 50 }).toPromise();
    const participants = list.data?.workshop?.participants?.edges.map((edge) => edge.node) ?? [];
    const first = participants.find((p) => p.status === 'WAITLISTED' && p.waitlistPosition === 1);
    const confirmed = participants.find((p) => p.status === 'CONFIRMED' && p.member.email && p.member.email !== first?.member.email);
    if (!first?.member.email || !confirmed?.member.email) throw new Error(`Unexpected participants: ${JSON.stringify(list.data ?? list.error)}`);

    // The first on the waitlist watches their notifications.
    const page = second.page;
    await signInInBrowser(page, gateway.url, admin, first.member.email);
    await page.goto(`${gateway.url}/notifications`);
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
    const participant = apiSession(gateway.url, 'portal');
    await participant.mutation(RequestSignInLinkDocument, { email: confirmed.member.email }).toPromise();
    const token = new URL(await admin.linkSentTo(confirmed.member.email)).hash.replace('#token=', '');
    const signedIn = await participant.mutation(SignInWithLinkDocument, { token }).toPromise();
    expect(signedIn.data?.signInWithLink.__typename).toBe('SignInPayload');
    const cancelled = await participant.mutation(CancelRegistrationDocument, { workshopId: list.data!.workshop!.id }).toPromise();
    expect(cancelled.data?.cancelRegistration.__typename).toBe('RegistrationPayload');

    // The promotion arrives without a reload, in the list and in the header, and is announced.
    const promoted = page.getByRole('link', { name: /^Une place s’est libérée : vous êtes inscrit·e à l’atelier « Répondre à un appel d.offres à plusieurs »/ });
    await promoted.waitFor({ timeout: 20_000 });
    expect(await page.locator('[role=status][aria-live=polite]').filter({ hasText: 'Nouvelle notification' }).count()).toBe(1);
    expect(loads).toEqual([]);
    await second.screenshot('workshops-3-promoted-live');
  });
});
