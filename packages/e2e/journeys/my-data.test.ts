// Journey: "Mes données" in French. Camille prepares the archive of her data, watches it get
// ready and downloads it (a zip). Then a newly admitted member reads what leaving erases and
// keeps, confirms with their handle, is signed out, and can no longer sign in as themself.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';
/** A seeded applicant, admitted during the journey: no collective to hand over. */
const LEAVER = 'luca.esposito@example.fr';

describe.runIf(RUN_JOURNEYS)('my data: download everything, leave the federation', () => {
  const journey = useJourney({ browser: {} });

  const signIn = async (email: string) =>
    signInThroughEmailedLink(journey.browser.page, journey.gateway.url, await adminClient(journey.gateway.url), email);

  it('prepares the archive, shows it ready, and downloads it', async () => {
    const { page } = journey.browser;
    await signIn(CAMILLE);
    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header
    await page.getByRole('link', { name: 'Mes données' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    await page.getByRole('button', { name: 'Préparer mon archive' }).click();
    const download = page.getByRole('link', { name: /Télécharger l’archive/ });
    await download.waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('my-data-1-archive-ready');
    const response = await fetch((await download.getAttribute('href'))!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    // A zip starts with "PK".
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await page.getByRole('button', { name: /^Mon espace/ }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
  }, 180_000);

  it('says what leaving keeps and why, confirms with the handle, and signs out for good', async () => {
    const { page } = journey.browser;
    await (await adminClient(journey.gateway.url)).admit(LEAVER);
    await signIn(LEAVER);
    await page.goto(`${journey.gateway.url}/mes-donnees`);
    await page.getByRole('heading', { name: 'Ce qui sera conservé, et pourquoi' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const label = await page.getByText(/^Pour confirmer, tapez votre identifiant : /).textContent();
    const handle = label!.replace(/^Pour confirmer, tapez votre identifiant : /, '').trim();
    await page.getByLabel(label!).fill('pas-moi');
    await page.getByRole('button', { name: 'Quitter définitivement la fédération' }).click();
    await page.getByText('Ce n’est pas votre identifiant : tapez-le exactement comme indiqué.').waitFor();
    await page.getByLabel(label!).fill(handle);
    await page.getByRole('button', { name: 'Quitter définitivement la fédération' }).click();
    await page
      .getByText('Vos données ont été effacées. Merci pour ce que vous avez apporté à la fédération.')
      .waitFor();
    await journey.browser.screenshot('my-data-2-left');

    // Signed out everywhere, and no sign-in link can be sent to the old address any more.
    await page.goto(`${journey.gateway.url}/mes-donnees`);
    await page
      .getByRole('heading', { name: /Connexion/ })
      .first()
      .waitFor();
    const admin = await adminClient(journey.gateway.url);
    await page.getByLabel('Adresse e-mail').fill(LEAVER);
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('heading', { name: 'Regardez votre boîte mail' }).waitFor();
    await expect(admin.linkSentTo(LEAVER)).rejects.toThrow(/No sign-in-link email/);
  }, 180_000);
});
