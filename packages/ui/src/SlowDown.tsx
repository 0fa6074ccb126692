// When the API refuses because the person went too fast (RATE_LIMITED: their budget of points for
// the minute is spent), both apps say so once, at the top of the screen, with the seconds left
// counting down; a screen's own "could not load" (the kit's LoadFailed) then says only that, not
// "check your connection", and its "Try again" works once the notice is gone. The client reports it (createEkoClient's onRateLimited).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from './i18n.ts';

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

/** The seconds left before the API takes requests again (0 when it does), redrawn each second. */
export function useSlowDownSeconds(): number {
  const waitUntil = useSyncExternalStore(
    subscribe,
    () => until,
    () => 0,
  );
  const [now, setNow] = useState(() => Date.now());
  const seconds = Math.max(0, Math.ceil((waitUntil - Math.max(now, reportedAt)) / 1000));
  const waiting = seconds > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  return seconds;
}

export function SlowDownNotice() {
  const { t } = useTranslation();
  const seconds = useSlowDownSeconds();
  if (seconds <= 0) return null;
  return (
    <div role="alert" className="notice-warning">
      {t('kit.slowDown', { count: seconds })}
    </div>
  );
}
