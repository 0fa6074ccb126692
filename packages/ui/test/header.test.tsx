// The headers' pieces: a disclosure that says whether it is open, closes on Escape (focus back on
// its button) and on a click outside; the FR/EN toggle that switches the page's language.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Disclosure } from '../src/Disclosure.tsx';
import { currentTranslation } from '../src/i18n.ts';
import { LanguageToggle } from '../src/LanguageToggle.tsx';

afterEach(cleanup);

describe('disclosure', () => {
  it('opens and closes its panel, Escape gives focus back to the button', () => {
    render(
      <>
        <Disclosure button="☰" label="Menu">
          <a href="/agenda">Agenda des ateliers</a>
        </Disclosure>
        <p>Ailleurs</p>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Agenda des ateliers' })).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const link = screen.getByRole('link', { name: 'Agenda des ateliers' });
    expect(document.getElementById(button.getAttribute('aria-controls')!)!.contains(link)).toBe(true);
    link.focus();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByText('Ailleurs'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('language toggle', () => {
  it('offers the other language, in that language, and switches the page to it', async () => {
    render(<LanguageToggle />);
    const toEnglish = screen.getByRole('button', { name: 'EN Read in English' });
    expect(toEnglish.textContent).toBe('EN Read in English');
    expect(toEnglish.getAttribute('lang')).toBe('en');
    // English arrives in its own chunk, then the page switches.
    await act(async () => fireEvent.click(toEnglish));
    await waitFor(() => expect(currentTranslation().language).toBe('en'));
    expect(document.documentElement.lang).toBe('en');
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'FR Lire en français' })));
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });
});
