// The wall clock in a time zone: what a member in Paris reads at an instant, across a change of hour.
import { expect, it } from 'vitest';
import { wallClock } from '../src/wall-clock.ts';

it('reads Paris time in winter and in summer, and across the night the clocks go forward', () => {
  expect(wallClock(new Date('2026-01-15T08:30:00Z'), 'Europe/Paris')).toEqual({
    year: 2026,
    month: 1,
    day: 15,
    hour: 9,
    minute: 30,
  });
  expect(wallClock(new Date('2026-07-14T22:05:00Z'), 'Europe/Paris')).toEqual({
    year: 2026,
    month: 7,
    day: 15,
    hour: 0,
    minute: 5,
  });
  // 29 March 2026: 02:00 becomes 03:00 in Paris.
  expect(wallClock(new Date('2026-03-29T00:59:00Z'), 'Europe/Paris').hour).toBe(1);
  expect(wallClock(new Date('2026-03-29T01:00:00Z'), 'Europe/Paris').hour).toBe(3);
});
