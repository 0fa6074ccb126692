// Journey: an admin signs in to the console, reviews the applications queue and admits an
// applicant (after confirming, with a welcome word); the welcome email is in the outbox. The main
// screens have no serious accessibility violations.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { ADMIN } from '../src/gateway.ts';
import { useJourney } from '../src/journey.ts';

describe.runIf(RUN_JOURNEYS)('the console: applications', () => {
  const journey = useJourney({ browser: {} });

  it('signs in, then admits an applicant after confirmation', async () => {
    const { page } = journey.browser;
    // Any console address sends a visitor to sign in, and back there afterwards.
    await page.goto(`${journey.gateway.url}/console/candidatures`);
    await page.getByRole('heading', { name: 'Connexion à la console' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.getByRole('heading', { level: 1, name: 'Candidatures' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/candidatures');
    await page.getByText('5 candidatures en attente.').waitFor();
    const row = page.getByRole('row', { name: /Solène Masson/ });
    await row.getByText('Lire la motivation').click();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('console-1-applications');

    await row.getByRole('button', { name: 'Admettre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Admettre Solène Masson ?' });
    await dialog.waitFor();
    // Focus starts in the dialog, on the welcome word.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await dialog.getByLabel('Mot d’accueil (facultatif)').getAttribute('id'),
    );
    await dialog.getByLabel('Mot d’accueil (facultatif)').fill('Bienvenue dans la fédération, Solène !');
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('console-2-admit-dialog');
    await dialog.getByRole('button', { name: 'Admettre' }).click();

    await page.getByRole('status').getByText('Solène Masson est admis·e : l’e-mail de bienvenue est parti.').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByText('4 candidatures en attente.').waitFor();
    // Focus is back on the screen, not lost with the row.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The welcome email, as it would have been sent (no SMTP here), with the personal word.
    await page.getByRole('link', { name: 'Boîte d’envoi' }).click();
    await page.getByLabel('Destinataire').fill('solene.masson@example.org');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByText('1 e-mail.').waitFor();
    const email = page.getByRole('article').first();
    await email.getByText('Non envoyé (pas de SMTP configuré)').waitFor();
    await email.getByText('Lire l’e-mail').click();
    await email.getByText(/Bienvenue dans la fédération, Solène !/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('console-3-outbox');

    // The admission is in the audit log.
    await page.getByRole('link', { name: 'Journal d’audit' }).click();
    await page.getByLabel('Action', { exact: true }).fill('membership.admitted');
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    // Newest first: this admission heads the list.
    const newest = page
      .getByRole('table', { name: /Journal d’audit/ })
      .getByRole('row')
      .nth(1);
    await newest.getByText('a admis').waitFor();
    expect(await newest.textContent()).toContain('Équipe de la Fédération a admis Solène Masson');
    await newest.getByRole('link', { name: 'Équipe de la Fédération' }).waitFor();
    await newest.getByRole('link', { name: 'Solène Masson' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the dashboard with charts, each with its figures as a table', async () => {
    const { page } = journey.browser;
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    // Charts are images named by their summary; they load in their own chunk, each once its panel is
    // on screen (the last one only when scrolled to).
    const members = page.getByRole('img', { name: /^Membres au fil des mois\. Fin / });
    await members.waitFor();
    expect(await members.locator('svg').count()).toBeGreaterThan(0);
    const balances = page.getByRole('img', { name: /^Équilibre donner \/ recevoir\./ });
    expect(await balances.count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: /^Équilibre donner/ }).scrollIntoViewIfNeeded();
    await balances.waitFor();
    await page.getByText('Voir les chiffres en tableau').first().click();
    await page.getByRole('table', { name: /Membres au fil des mois/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('console-4-dashboard');
  });

  it('signs out, and offers the emailed link as well', async () => {
    const { page } = journey.browser;
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion à la console' }).waitFor();
    // A member without a password uses the emailed link, which opens the portal.
    await page.getByRole('button', { name: 'Recevoir plutôt un lien par e-mail' }).click();
    await page.getByText('Le lien reçu ouvre le portail des membres').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
