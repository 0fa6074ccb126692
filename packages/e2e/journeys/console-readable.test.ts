// Journey: the console an admin can trust. Lists in the order they announce (applications oldest
// first, the audit log newest first); a suspended member found again under "Tous les statuts" after
// coming back from their page; the audit log and a member's activity read as French sentences with
// links; at 390 px the navigation is a menu and a table's actions are within reach.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { RUN_JOURNEYS, type Browser } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInToConsole } from '../src/sign-in.ts';

/** The machine dates of a table's rows, top to bottom. */
async function rowDates(browser: Browser): Promise<string[]> {
  return browser.page
    .locator('tbody time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

describe.runIf(RUN_JOURNEYS)('the console: orders, search, readable log, small screens', () => {
  const journey = useJourney({ admin: {}, phone: { width: 390 } });

  it('lists applications oldest first, with "Refuser" inside the table at 1280 px', async () => {
    const { admin, gateway } = journey;
    const { page } = admin;
    await signInToConsole(admin.page, gateway.url, '/candidatures');
    await page.getByRole('heading', { level: 1, name: 'Candidatures' }).waitFor();
    await page.locator('tbody time').first().waitFor();
    const dates = await rowDates(admin);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    // The last column's buttons end inside the table's frame (nothing clipped).
    const frame = (await page.locator('.table-wrap').first().boundingBox())!;
    const refuse = (await page
      .getByRole('button', { name: /^Refuser/ })
      .first()
      .boundingBox())!;
    expect(refuse.x + refuse.width).toBeLessThanOrEqual(frame.x + frame.width);
    await admin.screenshot('console-30-applications-1280');
  });

  it('finds a suspended member under "Tous les statuts", also after coming back from their page', async () => {
    const { admin } = journey;
    const { page } = admin;
    await page
      .getByRole('navigation', { name: 'Navigation de la console' })
      .getByRole('link', { name: 'Membres' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    await page.getByLabel('Statut').selectOption('ALL');
    await page.getByLabel('Nom, compétence, ville…').fill('Camille Martin');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page
      .getByRole('row', { name: /camille\.martin@example\.fr/ })
      .getByRole('link', { name: 'Camille Martin' })
      .click();

    await page.getByRole('heading', { level: 1, name: 'Camille Martin' }).waitFor();
    await page.getByRole('button', { name: 'Suspendre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspendre Camille Martin ?' });
    await dialog.getByLabel('Motif').fill('Démarchage répété malgré les rappels à la charte.');
    await dialog.getByRole('button', { name: 'Suspendre' }).click();
    await page.getByRole('button', { name: 'Lever la suspension' }).waitFor();

    // Back to the list: the search and "Tous les statuts" are still there, and so is she, suspended.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    expect(await page.getByLabel('Statut').inputValue()).toBe('ALL');
    expect(await page.getByLabel('Nom, compétence, ville…').inputValue()).toBe('Camille Martin');
    await page
      .getByRole('row', { name: /camille\.martin@example\.fr/ })
      .getByText('Suspendu', { exact: true })
      .waitFor();

    // A fresh search by first name, all statuses, finds her too.
    await page.getByLabel('Nom, compétence, ville…').fill('Camille');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page
      .getByRole('row', { name: /camille\.martin@example\.fr/ })
      .getByText('Suspendu', { exact: true })
      .waitFor();
    await admin.screenshot('console-31-suspended-found');
  });

  it('reads the audit log newest first, as sentences with links', async () => {
    const { admin } = journey;
    const { page } = admin;
    await page
      .getByRole('navigation', { name: 'Navigation de la console' })
      .getByRole('link', { name: 'Journal d’audit' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    const first = page.locator('tbody tr').first();
    // Today's suspension comes first, in words, with links to both members.
    await first.getByText('a suspendu').waitFor();
    expect((await first.textContent()) ?? '').toContain('Équipe de la Fédération a suspendu Camille Martin');
    await first.getByRole('link', { name: 'Camille Martin' }).waitFor();
    expect(await page.locator('tbody').textContent()).not.toMatch(/member\.suspended|Member · [0-9a-f]{8}-/);
    const dates = await rowDates(admin);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await seriousViolations(page)).toEqual([]);
    await admin.screenshot('console-32-audit-sentences');

    // The actor's link leads to their page, whose activity reads the same way.
    await first.getByRole('link', { name: 'Équipe de la Fédération' }).click();
    await page.getByRole('heading', { level: 1, name: 'Équipe de la Fédération' }).waitFor();
    const activity = page.locator('section[aria-labelledby="member-audit"]');
    await activity.locator('tbody tr').first().waitFor();
    expect((await activity.locator('tbody tr').first().textContent()) ?? '').toContain(
      'Équipe de la Fédération a suspendu Camille Martin',
    );
    expect(await activity.locator('tbody').textContent()).not.toMatch(/member\.suspended|Member [0-9a-f]{8}-/);
    await activity.getByRole('link', { name: 'Camille Martin' }).first().waitFor();
  });

  it('works at 390 px: the navigation is a menu, a table row is a card with its actions in reach', async () => {
    const { phone, gateway } = journey;
    const { page } = phone;
    await signInToConsole(phone.page, gateway.url, '/candidatures');
    await page.getByRole('heading', { level: 1, name: 'Candidatures' }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Journal d’audit' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Journal d’audit' }).waitFor();
    await phone.screenshot('console-33-menu-390');
    await menu.click();

    const refuse = (await page
      .getByRole('button', { name: /^Refuser/ })
      .first()
      .boundingBox())!;
    expect(refuse.x).toBeGreaterThanOrEqual(0);
    expect(refuse.x + refuse.width).toBeLessThanOrEqual(390);
    // No sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await phone.screenshot('console-34-applications-390');
  });
});
