// A screen that throws (its code did not load, a bug) is replaced by a message and a way out, the
// rest of the page stays; going to another address shows that screen again.
import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { ScreenBoundary } from '../src/ErrorBoundary.tsx';

afterEach(cleanup);

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

it('says the screen could not be shown, offers to reload, and recovers on another address', () => {
  const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { rerender } = render(
    <main>
      <p>Le cadre reste</p>
      <ScreenBoundary resetKey="/agenda/atelier">
        <Broken />
      </ScreenBoundary>
    </main>,
  );
  reported.mockRestore();
  expect(screen.getByRole('alert').textContent).toContain('Cet écran n’a pas pu s’afficher');
  expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
  expect(screen.getByText('Le cadre reste')).toBeTruthy();
  rerender(
    <main>
      <p>Le cadre reste</p>
      <ScreenBoundary resetKey="/agenda">
        <h1>Agenda des ateliers</h1>
      </ScreenBoundary>
    </main>,
  );
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('heading', { name: 'Agenda des ateliers' })).toBeTruthy();
});

it('does not remount a working screen when the address changes (what was typed stays)', () => {
  let mounts = 0;
  function Screen() {
    const [mount] = useState(() => ++mounts);
    return <p>Écran monté {mount} fois</p>;
  }
  const { rerender } = render(
    <ScreenBoundary resetKey="/reseau">
      <Screen />
    </ScreenBoundary>,
  );
  rerender(
    <ScreenBoundary resetKey="/reseau/camille">
      <Screen />
    </ScreenBoundary>,
  );
  expect(screen.getByText('Écran monté 1 fois')).toBeTruthy();
});
