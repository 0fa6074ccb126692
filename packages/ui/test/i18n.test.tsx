// The React binding: a component reads `t` and the language with useTranslation and draws again when
// the reader switches to English (fetched then) or when a screen's strings arrive with its chunk.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterAll, expect, it } from 'vitest';
import { addCatalogue, setLanguage, useTranslation, type CatalogueKey } from '../src/i18n.ts';

afterAll(cleanup);

// A screen's key: not in the kit's catalogue, so not among the kit's typed keys.
const SCREEN_KEY = 'screen.greeting' as CatalogueKey;

function Greeting() {
  const { t, language } = useTranslation();
  return (
    <p>
      {language}: {t('kit.retry')} / {t(SCREEN_KEY, { name: 'Camille' })}
    </p>
  );
}

it('draws again in English after setLanguage, and shows a screen bundle added later', async () => {
  render(<Greeting />);
  expect(screen.getByRole('paragraph').textContent).toBe('fr: Réessayer / screen.greeting');

  await act(() => setLanguage('en'));
  expect(screen.getByRole('paragraph').textContent).toBe('en: Try again / screen.greeting');
  expect(document.documentElement.lang).toBe('en');

  act(() => {
    addCatalogue('fr', { screen: { greeting: 'Bonjour {{name}}', farewell: 'Au revoir' } });
    addCatalogue('en', { screen: { greeting: 'Hello {{name}}' } });
  });
  expect(screen.getByRole('paragraph').textContent).toBe('en: Try again / Hello Camille');

  // Merged, never replacing: a later bundle keeps what the branch held.
  act(() => addCatalogue('en', { screen: { farewell: 'Goodbye' } }));
  expect(screen.getByRole('paragraph').textContent).toBe('en: Try again / Hello Camille');

  await act(() => setLanguage('fr'));
  expect(screen.getByRole('paragraph').textContent).toBe('fr: Réessayer / Bonjour Camille');
});
