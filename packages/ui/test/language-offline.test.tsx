// The FR/EN toggle when English cannot be fetched (offline): the page stays in French and says so,
// and the next click tries again.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, expect, it } from 'vitest';
import { currentTranslation, initI18n } from '../src/i18n.ts';
import { LanguageToggle } from '../src/LanguageToggle.tsx';

let online = false;
initI18n({
  fr: {},
  en: async () => {
    if (!online) throw new TypeError('Failed to fetch dynamically imported module');
    return {};
  },
});
afterAll(cleanup);

it('says English could not load, stays in French, and switches once the connection is back', async () => {
  render(<LanguageToggle />);
  fireEvent.click(screen.getByRole('button', { name: 'EN Read in English' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(
    'L’anglais n’a pas pu être chargé (êtes-vous hors connexion ?) : la page reste en français. Réessayez une fois reconnecté·e.',
  );
  expect(currentTranslation().language).toBe('fr');
  expect(document.documentElement.lang).toBe('fr');
  expect(screen.getByRole('button', { name: 'EN Read in English' })).toBeTruthy();

  online = true;
  fireEvent.click(screen.getByRole('button', { name: 'EN Read in English' }));
  await waitFor(() => expect(currentTranslation().language).toBe('en'));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('button', { name: 'FR Lire en français' })).toBeTruthy();
});
