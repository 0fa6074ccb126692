// Keeps a failing part (a chart that cannot be drawn, a screen whose code did not load after a new
// version went out) from blanking the whole page: the part is replaced by its fallback. Both apps
// put one around their screens (ScreenFailed), keyed by the address, so another screen works again.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export class ErrorBoundary extends Component<{ fallback: ReactNode; onError?: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** What a screen that failed to show says instead: what happened and the one thing to do. */
export function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('kit.screenFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('kit.reload')}
      </button>
    </div>
  );
}

/** Around an app's screens: one that fails says so (ScreenFailed) and the frame stays; a new
 * `resetKey` (the address) tries again. */
export function ScreenBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary key={resetKey} fallback={<ScreenFailed />}>
      {children}
    </ErrorBoundary>
  );
}
