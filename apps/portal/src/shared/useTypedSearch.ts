// A search box that asks as you type: the words apply once typing pauses (trimmed, cut to the
// API's limit), and only when they differ from the search in force. Returns what is typed.
import { useEffect, useEffectEvent, useState } from 'react';

export function useTypedSearch(
  /** The search in force (state, or the address). */
  applied: string,
  apply: (search: string) => void,
  max: number,
  pauseMs = 300,
) {
  const [typed, setTyped] = useState(applied);
  const applyNow = useEffectEvent(apply);
  useEffect(() => {
    const next = typed.trim().slice(0, max);
    if (next === applied) return;
    const handle = window.setTimeout(() => applyNow(next), pauseMs);
    return () => window.clearTimeout(handle);
  }, [typed, applied, max, pauseMs]);
  return [typed, setTyped] as const;
}
