// The notice both apps show when the API says the person went too fast: the seconds left, counting
// down, then gone.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
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
