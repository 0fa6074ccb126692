// The portal's frame: skip link, header (navigation, language, account), main landmark.
import { SignOutDocument } from '@ekoacteurs/client';
import { LanguageSwitch } from '@ekoacteurs/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { NotificationsBadge } from '../notifications/NotificationsBadge.tsx';
import { ROUTES, type PortalRoute } from '../routes.ts';

export function Shell({ children, routes }: { children: ReactNode; routes: PortalRoute[] }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [location] = useLocation();
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutDocument);

  const nav = routes
    .filter((route) => route.nav && (!route.membersOnly || viewer?.status === 'ACTIVE'))
    .sort((a, b) => a.nav!.order - b.nav!.order)
    .map((route) => ({ href: route.path, label: t(route.nav!.label) }));

  async function leave() {
    await signOut({});
    // A full load: nothing of the member stays in the page's memory or cache.
    window.location.assign(ROUTES.signIn);
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">
          <Link href={ROUTES.home}>
            <strong>{t('app.title')}</strong>
          </Link>{' '}
          <span>{t('app.tagline')}</span>
        </p>
        <nav aria-label={t('app.mainNav')}>
          <ul className="nav-list">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <LanguageSwitch />
          {viewer ? (
            <>
              {viewer.status === 'ACTIVE' && <NotificationsBadge />}
              <span className="muted-on-dark">{viewer.displayName}</span>
              <button type="button" className="secondary" onClick={leave} disabled={signingOut}>
                {t('auth.signOut')}
              </button>
            </>
          ) : (
            <Link href={ROUTES.signIn} className="button secondary">
              {t('auth.signIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
