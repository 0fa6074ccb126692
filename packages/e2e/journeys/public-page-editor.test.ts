// Journey: Camille writes her public page with a markdown section holding a <script> and a
// javascript: link; the live preview shows the text as the server sanitised it (no script, no
// javascript: link); she publishes it and the public page /membres/camille-martin shows it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

async function signIn(page: Page, baseUrl: string, email: string) {
  await signInThroughEmailedLink(page, baseUrl, await adminClient(baseUrl), email);
}

describe.runIf(RUN_JOURNEYS)('the public page editor', () => {
  const journey = useJourney({ browser: {} });

  it('write a section with a script and a javascript: link → sanitised preview → publish → public page', async () => {
    const { page } = journey.browser;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, journey.gateway.url, CAMILLE);
    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('link', { name: 'Ma page publique' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ma page publique' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Camille's page is online (seed): an online page changes only when she publishes the changes,
    // so she takes it offline first (after a confirmation) and works on a draft that autosaves.
    const withdraw = page.getByRole('button', { name: 'Retirer ma page du site' });
    if (await withdraw.isVisible()) {
      await withdraw.click();
      await page
        .getByRole('dialog', { name: 'Retirer votre page du site ?' })
        .getByRole('button', { name: 'Retirer ma page du site' })
        .click();
      await page.getByText('Votre page n’est plus en ligne ; elle reste en brouillon.').waitFor();
    }

    await page.getByLabel('Titre de la page').fill('Camille Martin — graphiste à Lyon');
    await page.getByRole('button', { name: '+ Texte' }).click();
    const section = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: /Texte$/ }) })
      .last();
    await section.getByLabel('Titre de la section').fill('Ma démarche');
    await section
      .getByLabel('Texte (markdown)')
      .fill(
        'Des identités **sobres**, pensées pour durer.\n\n<script>alert(1)</script>\n\n[Voir mes travaux](javascript:alert(1)) et [mon site](https://camille-martin.example.org).',
      );
    await page.getByText(/Brouillon enregistré à/).waitFor();

    // The preview is the server's rendering of the saved draft.
    const preview = page.getByRole('region', { name: 'Aperçu' });
    await preview.getByRole('heading', { name: 'Ma démarche' }).waitFor();
    await preview.getByText('pensées pour durer').waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await preview.getByRole('link', { name: 'mon site' }).getAttribute('href')).toBe(
      'https://camille-martin.example.org',
    );
    expect(await preview.textContent()).not.toContain('alert(1)');
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('public-page-editor-1-preview');

    await page.getByRole('button', { name: 'Publier ma page' }).click();
    await page.getByText('Votre page est en ligne.').waitFor();

    // The public page, rendered by the server.
    await page.goto(`${journey.gateway.url}/membres/camille-martin`);
    await page.getByRole('heading', { name: 'Ma démarche' }).waitFor();
    await page.getByText('pensées pour durer').waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.content()).not.toContain('alert(1)');
    expect(dialogs).toEqual([]);
    await journey.browser.screenshot('public-page-editor-2-public');
  });
});
