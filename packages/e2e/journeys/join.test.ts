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

    // Visitors get the server-rendered application form (it works without JavaScript too).
    await page.goto(`${journey.gateway.url}/candidature`);
    await page.getByLabel('Votre nom ou celui de votre structure').fill('Margaux Leroy');
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByLabel('Votre région').fill('Bretagne');
    await page.getByLabel('Votre ville (facultatif)').fill('Rennes');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('checkbox').nth(8).check();
    await page
      .getByLabel('Pourquoi nous rejoindre ?')
      .fill('Graphiste indépendante, je cherche des partenaires pour répondre à des appels d’offres à plusieurs.');
    // (Public pages forbid every script, axe included: public-pages.test.ts checks them with axe its way.)
    // The form refuses what is sent faster than a person types (spam protection).
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByText('Merci ! Votre candidature est enregistrée').waitFor();
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
