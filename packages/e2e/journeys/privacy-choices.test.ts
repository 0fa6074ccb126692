// Journey: the privacy choices a member makes in the portal, in French, and what visitors then see.
// Camille keeps her city and region from visitors: her public page and the anonymous API stop
// showing them at once. She then keeps to members only: her public page, the anonymous API and the
// sitemap all forget her. In Paramètres › E-mails she turns off the "Atelier annulé" email: the
// choice survives a reload, and when a workshop she is registered to is cancelled she gets the
// notification in the portal but no email.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';
const HANDLE = 'camille-martin';

describe.runIf(RUN_JOURNEYS)('privacy choices: who sees me, and which emails I get', () => {
  const journey = useJourney({ browser: {} });

  /** What an anonymous integrator reads of Camille through the API. */
  async function anonymousMember() {
    const response = await fetch(`${journey.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ member(handle: "${HANDLE}") { displayName city region } }` }),
    });
    const body = (await response.json()) as {
      data?: { member: { displayName: string; city: string | null; region: string | null } | null };
    };
    return body.data?.member;
  }
  const visitorPage = () => fetch(`${journey.gateway.url}/membres/${HANDLE}`);
  const sitemap = async () => (await fetch(`${journey.gateway.url}/sitemap.xml`)).text();

  async function saveVisibility(expected: string) {
    const { page } = journey.browser;
    await page.getByRole('button', { name: 'Enregistrer ma visibilité' }).click();
    await page.getByText(expected).waitFor();
  }

  it('hides a part, then the whole profile, from visitors: page, API and sitemap follow at once', async () => {
    const { page } = journey.browser;
    const before = await anonymousMember();
    expect(before?.city).toBeTruthy();
    // The page's header line "city, region" (her own texts on the page may name her city: hers to write).
    const place = `${before!.city}, ${before!.region}`;
    expect(await (await visitorPage()).text()).toContain(place);
    expect(await sitemap()).toContain(`/membres/${HANDLE}`);

    await signInThroughEmailedLink(page, journey.gateway.url, await adminClient(journey.gateway.url), CAMILLE);
    await page.goto(`${journey.gateway.url}/profil`);
    await page.getByRole('heading', { name: 'Visibilité' }).waitFor();
    const placeBox = page.getByRole('checkbox', { name: 'Ville et région' });
    expect(await placeBox.isChecked()).toBe(true);
    await placeBox.uncheck();
    await saveVisibility('Visibilité enregistrée : tout le monde, visiteurs compris.');
    expect(await seriousViolations(page)).toEqual([]);

    const hiddenPlace = await anonymousMember();
    // Documented: a part the member keeps from visitors answers empty.
    expect(hiddenPlace).toMatchObject({ displayName: before!.displayName, city: '', region: '' });
    const pageWithoutPlace = await visitorPage();
    expect(pageWithoutPlace.status).toBe(200);
    expect(await pageWithoutPlace.text()).not.toContain(place);

    await page.getByRole('radio', { name: 'Les membres seulement' }).check();
    // The parts visitors would see no longer apply: the form says so by disabling them.
    expect(await placeBox.isDisabled()).toBe(true);
    await saveVisibility('Visibilité enregistrée : les membres seulement.');
    expect(await anonymousMember()).toBeNull();
    // Her page was public: it answers "gone" (410), so that search engines drop it.
    expect((await visitorPage()).status).toBe(410);
    expect(await sitemap()).not.toContain(`/membres/${HANDLE}`);

    // The choice is stored: a reload starts from it.
    await page.reload();
    await page.getByRole('heading', { name: 'Visibilité' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Les membres seulement' }).isChecked()).toBe(true);
  }, 120_000);

  it('turns off one kind of email: it stays off, and that event then reaches her in the portal only', async () => {
    const { page } = journey.browser;
    const admin = await adminClient(journey.gateway.url);
    await page.goto(`${journey.gateway.url}/parametres`);
    await page.getByRole('heading', { name: 'Emails' }).waitFor();
    const cancelled = page.getByRole('checkbox', { name: 'Atelier annulé' });
    expect(await cancelled.isChecked()).toBe(true);
    await cancelled.uncheck();
    await page.getByText('« Atelier annulé » : dans le portail seulement.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('privacy-1-email-preferences');

    await page.reload();
    await page.getByRole('heading', { name: 'Emails' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Atelier annulé' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Atelier modifié' }).isChecked()).toBe(true);

    // An admin cancels an upcoming workshop Camille holds a seat in.
    const workshop = await admin.upcomingWorkshopOf(CAMILLE);
    await admin.cancelWorkshop(workshop.id, 'Intervenante malade, reporté au printemps.');
    await page.goto(`${journey.gateway.url}/notifications`);
    await page.getByText(workshop.title).first().waitFor();
    expect(await admin.emailsTo(CAMILLE, 'workshop.cancelled')).toEqual([]);
  }, 120_000);
});
