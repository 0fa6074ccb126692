// Journey: an admin creates an integration token in the console (its secret shown once), a partner
// tool uses it, the admin revokes it after confirmation, and the tool then gets 401. A webhook is
// registered the same way.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInToConsole } from '../src/sign-in.ts';

describe.runIf(RUN_JOURNEYS)('the console: integrations', () => {
  const journey = useJourney({ browser: {} });

  /** What a partner tool sends with the token. */
  const asPartner = (secret: string) =>
    fetch(`${journey.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ federationStats { activeMembers } }' }),
    });

  it('creates a token shown once, then revokes it: the partner gets 401', async () => {
    const { page } = journey.browser;
    await signInToConsole(page, journey.gateway.url, '/integrations');
    await page.getByRole('heading', { level: 1, name: 'Intégrations' }).waitFor();
    await page.getByText('Aucun jeton d’intégration pour le moment.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Nom', { exact: true }).fill('Site du réseau Bretagne');
    await page.getByRole('checkbox', { name: /read:network/ }).check();
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    const shown = page.getByRole('region', { name: 'Secret du jeton « Site du réseau Bretagne »' });
    await shown.waitFor();
    const secret = (await shown.getByTestId('secret').textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    // The secret takes focus: it is what to read first.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await journey.browser.screenshot('console-8-token-created');

    const before = await asPartner(secret);
    expect(before.status).toBe(200);
    expect((await before.json()).data.federationStats.activeMembers).toBeGreaterThan(0);

    await shown.getByRole('button', { name: 'C’est noté, masquer' }).click();
    await expect.poll(() => shown.count()).toBe(0);
    const row = page.getByRole('row', { name: /Site du réseau Bretagne/ });
    await row.getByText('read:public, read:network').waitFor();
    await row.getByRole('button', { name: /Révoquer/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer le jeton « Site du réseau Bretagne » ?' });
    await dialog.getByText(/recevront une erreur 401/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Révoquer le jeton' }).click();
    await page.getByRole('status').getByText('Jeton « Site du réseau Bretagne » révoqué.').waitFor();
    await row.getByText(/^Révoqué le /).waitFor();
    await expect.poll(() => row.getByRole('button', { name: /Révoquer/ }).count()).toBe(0);

    const after = await asPartner(secret);
    expect(after.status).toBe(401);
    expect((await after.json()).errors[0].extensions.code).toBe('INVALID_TOKEN');
    await journey.browser.screenshot('console-9-token-revoked');
  });

  it('registers a webhook and shows its signing secret once', async () => {
    const { page } = journey.browser;
    // The gateway resolves the name and refuses non-public addresses: a public literal address
    // needs no DNS (these machines are offline), and no event is queued for it during the journey.
    await page.getByLabel('Adresse', { exact: true }).fill('https://93.184.215.14/hooks/ekoacteurs');
    await page.getByLabel('Description (facultatif)').fill('Agenda du réseau Bretagne');
    await page.getByRole('checkbox', { name: /workshop\.published/ }).check();
    await page.getByRole('button', { name: 'Enregistrer le webhook' }).click();
    const shown = page.getByRole('region', { name: /^Secret de signature pour https:\/\/93\.184\.215\.14/ });
    await shown.waitFor();
    const row = page.getByRole('row', { name: /93\.184\.215\.14/ });
    await row.getByText('workshop.published').waitFor();
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Envois du webhook' }).waitFor();
    await page.getByText('Aucun envoi pour le moment.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
