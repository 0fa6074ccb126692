// When the API refuses because the person went too fast (RATE_LIMITED: their budget of points for
// the minute is spent), both apps say so once, at the top of the screen, with the seconds left
// counting down; a screen's own "could not load" stays below it, and its "Try again" works once
// the notice is gone. The client reports it (createEkoClient's onRateLimited).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

let until = 0;
let reportedAt = 0;
const listeners = new Set<() => void>();

/** Records that the API asked to wait this many seconds. */
export function reportRateLimited(retryAfterSeconds: number): void {
  reportedAt = Date.now();
  until = Math.max(until, reportedAt + Math.max(1, retryAfterSeconds) * 1000);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function SlowDownNotice() {
  const { t } = useTranslation();
  const waitUntil = useSyncExternalStore(
    subscribe,
    () => until,
    () => 0,
  );
  // Redrawn each second while there is something to count down.
  const [now, setNow] = useState(() => Date.now());
  const seconds = Math.ceil((waitUntil - Math.max(now, reportedAt)) / 1000);
  const waiting = seconds > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  if (seconds <= 0) return null;
  return (
    <div role="alert" className="notice-warning">
      {t('kit.slowDown', { count: seconds })}
    </div>
  );
}
