// The time when a screen opened, for decisions like "has this workshop started?" (render stays pure).
import { useState } from 'react';

export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
