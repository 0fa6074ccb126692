// The notice both apps show when the API says the person went too fast: the seconds left, counting
// down, then gone.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { LoadFailed } from '../src/Feedback.tsx';
import { reportRateLimited, SlowDownNotice } from '../src/SlowDown.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('says how long to wait, counts down, and goes away', () => {
  vi.useFakeTimers();
  render(<SlowDownNotice />);
  expect(screen.queryByRole('alert')).toBeNull();
  act(() => reportRateLimited(3));
  expect(screen.getByRole('alert').textContent).toBe(
    'Vous êtes allé·e très vite : le serveur reprend dans 3 secondes. Patientez, puis réessayez.',
  );
  act(() => void vi.advanceTimersByTime(2000));
  expect(screen.getByRole('alert').textContent).toBe(
    'Vous êtes allé·e très vite : le serveur reprend dans 1 seconde. Patientez, puis réessayez.',
  );
  act(() => void vi.advanceTimersByTime(1000));
  expect(screen.queryByRole('alert')).toBeNull();
});

it('replaces a screen’s “check your connection” with the accurate message while it counts down, and after', () => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.now() + 60_000); // Past the test above's countdown.
  render(
    <>
      <SlowDownNotice />
      <LoadFailed message="Votre profil n’a pas pu être chargé. Vérifiez votre connexion puis réessayez." hint />
    </>,
  );
  expect(screen.getByRole('alert').textContent).toContain('Vérifiez votre connexion');
  cleanup();
  act(() => reportRateLimited(2));
  render(
    <>
      <SlowDownNotice />
      <LoadFailed message="Votre profil n’a pas pu être chargé. Vérifiez votre connexion puis réessayez." hint />
    </>,
  );
  const [notice, failure] = screen.getAllByRole('alert');
  expect(notice?.textContent).toContain('le serveur reprend dans 2 secondes');
  expect(failure?.textContent).toBe(
    'Le serveur a demandé une pause : réessayez une fois le décompte ci-dessus terminé.',
  );
  expect(document.body.textContent).not.toContain('connexion');
  act(() => void vi.advanceTimersByTime(2000));
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  expect(screen.getByRole('alert').textContent).toBe('La pause est terminée : vous pouvez réessayer.');
});
