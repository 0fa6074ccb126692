// Journey: Camille creates a personal API token in her settings, uses it against /graphql (viewer
// answers as her), revokes it in the settings, and the token is then refused (401).
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

describe.runIf(RUN_JOURNEYS)('settings: personal API tokens', () => {
  const journey = useJourney({ browser: {} });

  const viewerWith = (secret: string) =>
    fetch(`${journey.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { email displayName } }' }),
    });

  it('create a token → it works → revoke it → 401', async () => {
    const { page } = journey.browser;
    const admin = await adminClient(journey.gateway.url);
    await signInThroughEmailedLink(page, journey.gateway.url, admin, CAMILLE);

    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header

    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    await page.getByText('Cet appareil').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Nom du jeton').fill('Script de suivi');
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    await page.getByRole('heading', { name: 'Jeton « Script de suivi » créé' }).waitFor();
    const secret = await page.getByLabel('Secret du jeton').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('settings-1-token-created');

    const working = await viewerWith(secret);
    expect(working.status).toBe(200);
    const body = (await working.json()) as { data?: { viewer?: { email: string } } };
    expect(body.data?.viewer?.email).toBe(CAMILLE);

    await page.getByRole('button', { name: 'Révoquer le jeton Script de suivi' }).click();
    await page.getByRole('heading', { name: 'Révoquer le jeton « Script de suivi » ?' }).waitFor();
    await page.getByRole('button', { name: 'Oui, révoquer' }).click();
    await page.getByText('Le jeton « Script de suivi » est révoqué.').waitFor();
    await journey.browser.screenshot('settings-2-token-revoked');

    const refused = await viewerWith(secret);
    expect(refused.status).toBe(401);
  });
});
