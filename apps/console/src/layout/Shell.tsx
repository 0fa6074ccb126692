// The console's frame: skip link, header (logo, FR/EN toggle, who is signed in), the navigation between
// the admin screens, and the main landmark. Toasts are announced from here.
import { SignOutDocument } from '@ekoacteurs/client';
import { Avatar, LanguageToggle, Logo, ScreenBoundary, SlowDownNotice } from '@ekoacteurs/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { BASE, ROUTES } from '../routes.ts';

const NAV = [
  { href: ROUTES.dashboard, label: 'nav.dashboard' },
  { href: ROUTES.applications, label: 'nav.applications' },
  { href: ROUTES.members, label: 'nav.members' },
  { href: ROUTES.workshops, label: 'nav.workshops' },
  { href: ROUTES.pages, label: 'nav.pages' },
  { href: ROUTES.collectives, label: 'nav.collectives' },
  { href: ROUTES.audit, label: 'nav.audit' },
  { href: ROUTES.integrations, label: 'nav.integrations' },
  { href: ROUTES.fediverse, label: 'nav.fediverse' },
  { href: ROUTES.outbox, label: 'nav.outbox' },
] as const;

function isCurrent(location: string, href: string) {
  return href === ROUTES.dashboard ? location === href : location === href || location.startsWith(`${href}/`);
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer, isAdmin, fetching } = useViewer();
  // The console is for admins: while we learn who is here, its frame (navigation included) is
  // already drawn, so nothing moves when the answer comes (a non-admin is sent to sign in).
  const framed = isAdmin || fetching;
  const [location] = useLocation();
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutDocument);
  // On a narrow screen the navigation is a menu, closed again once a screen is chosen.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location;

  async function leave() {
    await signOut({});
    // A full load: nothing of the session stays in the page's memory or cache.
    window.location.assign(`${BASE}${ROUTES.signIn}`);
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">
          <Link href={ROUTES.dashboard} aria-label={t('app.title')}>
            <Logo />
          </Link>{' '}
          <span className="tagline">{t('app.tagline')}</span>
        </p>
        <div className="account">
          <LanguageToggle />
          {viewer && (
            <>
              <span className="with-avatar muted-on-dark">
                <Avatar name={viewer.displayName} photoUrl={viewer.avatarUrl} size="sm" />
                <span className="console-account-name">{viewer.displayName}</span>
              </span>
              <button type="button" className="secondary" onClick={leave} disabled={signingOut}>
                {t('auth.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <div className={framed ? 'console-layout' : undefined}>
        {framed && (
          <nav aria-label={t('app.mainNav')} className={menuOpen ? 'side-nav open' : 'side-nav'}>
            <button
              type="button"
              className="menu-button secondary"
              aria-expanded={menuOpen}
              aria-controls="console-nav-list"
              onClick={() => setMenuOpenAt(menuOpen ? null : location)}
            >
              {t('app.menu')}
            </button>
            <ul id="console-nav-list">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={isCurrent(location, item.href) ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" tabIndex={-1}>
          <SlowDownNotice />
          <ScreenBoundary resetKey={location}>{children}</ScreenBoundary>
        </main>
      </div>
    </>
  );
}
