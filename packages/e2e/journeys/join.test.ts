// Journey: a newcomer applies, an admin admits them, they sign in with the emailed link.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';

describe.runIf(RUN_JOURNEYS)('joining the federation', () => {
  const journey = useJourney({ browser: {} });

  it('apply → admitted → sign in by the emailed link', async () => {
    const { page } = journey.browser;
    const email = 'margaux.leroy@example.fr';

    await page.goto(`${journey.gateway.url}/candidature`);
    await page.getByLabel('Votre nom, ou celui de votre structure').fill('Margaux Leroy');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Région').selectOption('Bretagne');
    await page.getByLabel('Ville (facultatif)').fill('Rennes');
    // Skills load from the API, grouped by domain.
    await page.getByRole('checkbox').first().check();
    await page.getByRole('checkbox').nth(8).check();
    await page.getByLabel(/Pourquoi souhaitez-vous nous rejoindre/).fill('Graphiste indépendante, je cherche des partenaires pour répondre à des appels d’offres à plusieurs.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByRole('heading', { name: 'Merci !' }).waitFor();
    await journey.browser.screenshot('join-1-applied');

    const admin = await adminClient(journey.gateway.url);
    await admin.admit(email);

    await page.goto(`${journey.gateway.url}/connexion`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('heading', { name: 'Regardez votre boîte mail' }).waitFor();

    const link = await admin.linkSentTo(email);
    await page.goto(link);
    await page.getByText('Bonjour Margaux Leroy !').waitFor();
    // The secret does not stay in the address bar.
    expect(page.url()).not.toContain('token=');
    await journey.browser.screenshot('join-2-signed-in');

    // The same link a second time does not sign anyone in.
    await page.goto(link);
    await page.getByRole('heading', { name: 'Ce lien ne fonctionne plus' }).waitFor();
  });
});
