// The portal's frame: skip link, a compact header (logo, a few primary destinations, notifications
// with their unread count, the FR/EN toggle, the member's menu), and the main landmark. On small
// screens the primary destinations fold into a "Menu" disclosure; the rest of the member's screens
// and signing out are in the member's menu on every size.
import { SignOutDocument } from '@ekoacteurs/client';
// The header is in the first load: it takes the kit's modules one by one, not the whole kit.
import { Avatar } from '@ekoacteurs/ui/Avatar.tsx';
import { Disclosure } from '@ekoacteurs/ui/Disclosure.tsx';
import { LanguageToggle } from '@ekoacteurs/ui/LanguageToggle.tsx';
import { Logo } from '@ekoacteurs/ui/Logo.tsx';
import { SlowDownNotice } from '@ekoacteurs/ui/SlowDown.tsx';
import { ScreenBoundary } from '@ekoacteurs/ui/ErrorBoundary.tsx';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { ROUTES, type PortalRoute } from '../routes.ts';
import './header.css';

// Members only (with its live subscription): not in the visitors' first load.
const NotificationsBadge = lazy(() =>
  import('../notifications/NotificationsBadge.tsx').then((m) => ({ default: m.NotificationsBadge })),
);

function NavLinks({ items, location }: { items: { href: string; label: string }[]; location: string }) {
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function Shell({ children, routes }: { children: ReactNode; routes: PortalRoute[] }) {
  const { t } = useTranslation();
  const { viewer, fetching } = useViewer();
  const [location] = useLocation();
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutDocument);
  const active = viewer?.status === 'ACTIVE';

  const nav = routes
    .filter((route) => route.nav && (!route.membersOnly || active))
    .sort((a, b) => a.nav!.order - b.nav!.order)
    .map((route) => ({ href: route.path, label: t(route.nav!.label), primary: !!route.nav!.primary }));
  const primary = nav.filter((item) => item.primary);
  const mine = nav.filter((item) => !item.primary);

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
      <header className="site-header portal-header">
        <p className="brand">
          <Link href={ROUTES.home} aria-label={t('app.homeLink')}>
            <Logo />
          </Link>
        </p>
        <Disclosure
          button={<span aria-hidden="true">☰</span>}
          label={t('app.menu')}
          buttonClassName="menu-button"
          panelClassName="primary-menu"
          closeOn={location}
        >
          <nav aria-label={t('app.mainNav')}>
            <NavLinks items={primary} location={location} />
          </nav>
        </Disclosure>
        <div className="header-tools">
          {active && (
            // Its room is kept while its code loads: the toggle beside it does not move (layout shift).
            <Suspense fallback={<span className="header-slot" aria-hidden="true" />}>
              <NotificationsBadge />
            </Suspense>
          )}
          <LanguageToggle />
          {viewer ? (
            <Disclosure
              button={
                <>
                  {/* No aria-label: the name is what is seen, after "Mon espace" (the initials are decorative). */}
                  <span className="visually-hidden">{t('app.accountLabel')} </span>
                  <Avatar name={viewer.displayName} photoUrl={viewer.avatarUrl} size="sm" />
                  <span className="account-name">{viewer.displayName}</span>
                </>
              }
              buttonClassName="account-button"
              panelClassName="account-menu"
              closeOn={location}
            >
              {mine.length > 0 && (
                <nav aria-label={t('app.mineNav')}>
                  <NavLinks items={mine} location={location} />
                </nav>
              )}
              <button type="button" className="secondary" onClick={leave} disabled={signingOut}>
                {t('auth.signOut')}
              </button>
            </Disclosure>
          ) : fetching ? (
            // Not known yet: the account button's room, rather than "Se connecter" swapped for it.
            <span className="header-slot" aria-hidden="true" />
          ) : (
            <Link href={ROUTES.signIn} className="button secondary">
              {t('auth.signIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <SlowDownNotice />
        <ScreenBoundary resetKey={location}>{children}</ScreenBoundary>
      </main>
    </>
  );
}
