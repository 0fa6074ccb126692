// The portal: its frame and its screens. Each screen's code loads when first visited.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { Shell } from './layout/Shell.tsx';
import { HomePage } from './home/HomePage.tsx';
import { ROUTES } from './routes.ts';

const SignInPage = lazy(() => import('./auth/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
const LinkLandingPage = lazy(() => import('./auth/LinkLandingPage.tsx').then((m) => ({ default: m.LinkLandingPage })));
const ApplyPage = lazy(() => import('./auth/ApplyPage.tsx').then((m) => ({ default: m.ApplyPage })));
const UpcomingWorkshops = lazy(() => import('./workshops/UpcomingWorkshops.tsx').then((m) => ({ default: m.UpcomingWorkshops })));

function NotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFound')}</p>
    </section>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <Shell>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <Switch>
          <Route path={ROUTES.home} component={HomePage} />
          <Route path={ROUTES.signIn} component={SignInPage} />
          <Route path={ROUTES.signInLink} component={LinkLandingPage} />
          <Route path={ROUTES.apply} component={ApplyPage} />
          <Route path={ROUTES.agenda} component={UpcomingWorkshops} />
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Shell>
  );
}
