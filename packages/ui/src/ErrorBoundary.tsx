// Keeps a failing part (a chart that cannot be drawn, a screen whose code did not load after a new
// version went out) from blanking the whole page: the part is replaced by its fallback. Both apps
// put one around their screens (ScreenBoundary): another address tries again.
import { Component, type ReactNode } from 'react';
import { useTranslation } from './i18n.ts';

export class ErrorBoundary extends Component<
  {
    fallback: ReactNode;
    onError?: (error: unknown) => void;
    /** A new value after a failure tries again. */ resetKey?: string;
    children: ReactNode;
  },
  { failed: boolean; resetKey?: string }
> {
  override state: { failed: boolean; resetKey?: string } = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: { resetKey?: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
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

/** Around an app's screens: one that fails says so (ScreenFailed) and the frame stays; another
 * address (`resetKey`) tries again. Screens are not remounted on navigation otherwise. */
export function ScreenBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary resetKey={resetKey} fallback={<ScreenFailed />}>
      {children}
    </ErrorBoundary>
  );
}
