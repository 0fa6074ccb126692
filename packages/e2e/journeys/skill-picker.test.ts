// Journey: Camille adds a skill with the searchable picker, keyboard only — types a few letters
// (no accents needed), moves with ↓, picks with Enter — sets her level, saves the profile once,
// and after a reload the skill is there with its level; leaving with unsaved changes asks first.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

describe.runIf(RUN_JOURNEYS)('the skill picker', () => {
  const journey = useJourney({ browser: {} });

  it('type to filter → ↓ and Enter → level → one save → reload shows it', async () => {
    const { page } = journey.browser;
    const base = journey.gateway.url;
    await signInThroughEmailedLink(page, base, await adminClient(base), CAMILLE);
    await page.goto(`${base}/profil`);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();

    const picker = page.getByRole('combobox', { name: 'Ajouter une compétence' });
    await picker.focus();
    await page.keyboard.type('financ');
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    const list = page.getByRole('listbox', { name: 'Ajouter une compétence' });
    const offered = await list.getByRole('option').allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    for (const name of offered)
      expect(
        name
          .normalize('NFD')
          .replace(/\p{Diacritic}/gu, '')
          .toLowerCase(),
      ).toContain('financ');
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('skill-picker-1-filtered');

    // ↓ moves to the next match (or wraps to the only one); Enter picks the active one.
    await page.keyboard.press('ArrowDown');
    const activeId = await picker.getAttribute('aria-activedescendant');
    const chosen = (await page.locator(`[id="${activeId}"]`).textContent())!;
    expect(offered).toContain(chosen);
    await page.keyboard.press('Enter');
    expect(await picker.inputValue()).toBe('');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    await page.getByLabel(`Niveau en ${chosen}`).selectOption('EXPERT');
    await page.getByText('Modifications non enregistrées').waitFor();

    // Following a link with unsaved changes asks first; staying keeps them.
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(
        'Vos modifications du profil ne sont pas enregistrées. Quitter quand même cette page ?',
      );
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Ma page publique' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/profil');

    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    await page.getByText('Tout est enregistré').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await page.getByLabel(`Niveau en ${chosen}`).inputValue()).toBe('EXPERT');
    await journey.browser.screenshot('skill-picker-2-saved');
  });
});
