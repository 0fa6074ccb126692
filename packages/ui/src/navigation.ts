// What screens need of navigation beyond the router: what the previous screen sent along (read
// once), and the time a screen first rendered (stable across renders, for "has it started?").
import { useEffect, useState } from 'react';

/**
 * What the previous screen sent along when navigating here (e.g. "just created"), read once:
 * it is cleared from the history entry so that a reload or a return does not show it again.
 */
export function useArrival<T>(key: string): T | undefined {
  const [value] = useState(() => (history.state as Record<string, T> | null)?.[key]);
  useEffect(() => {
    const state = history.state as Record<string, unknown> | null;
    if (state && key in state) {
      const { [key]: _read, ...rest } = state;
      history.replaceState(rest, '');
    }
  }, [key]);
  return value;
}

/** The time when the component first rendered. */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
