// Toasts that screen readers hear (both apps): the result of every action is said in a live region (a polite
// status for successes, an alert for failures); successes fade after a while, failures stay until
// dismissed. A new success replaces the one before (its state is over: "Brouillon créé" once the
// workshop is published), and a success clears the failures it follows.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from './i18n.ts';

export type Tone = 'success' | 'error';

interface Toast {
  id: number;
  message: string;
  tone: Tone;
}

type Announce = (message: string, tone?: Tone) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/** How long a success stays; failures stay until dismissed (they usually ask for something). */
const SUCCESS_MS = 8000;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const announce = useCallback<Announce>(
    (message, tone = 'success') => {
      const id = next.current++;
      setToasts((all) => (tone === 'success' ? [{ id, message, tone }] : [...all.slice(-3), { id, message, tone }]));
      if (tone === 'success') setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  const render = (tone: Tone) =>
    toasts
      .filter((toast) => toast.tone === tone)
      .map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
          <p>{toast.message}</p>
          <button type="button" className="link-button" onClick={() => dismiss(toast.id)}>
            {t('kit.dismiss')}
          </button>
        </div>
      ));

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="toasts">
        <div role="status" aria-live="polite">
          {render('success')}
        </div>
        {/* Each failure is its own alert: inserted, it is read at once. */}
        <div>{render('error')}</div>
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Says a result: `success(message)` or `error(message)`. */
export function useAnnouncer() {
  const announce = useContext(AnnouncerContext);
  return useMemo(
    () => ({ success: (m: string) => announce(m, 'success'), error: (m: string) => announce(m, 'error') }),
    [announce],
  );
}
