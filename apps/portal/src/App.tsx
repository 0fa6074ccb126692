// The portal: its frame and its screens, gathered from each folder's routes.ts. A screen's code
// loads when it is first visited.
import { Skeleton } from '@ekoacteurs/ui/Feedback.tsx';
import { ScreenTitle } from '@ekoacteurs/ui/ScreenTitle.tsx';
import { Suspense } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Route, Switch } from 'wouter';
import { RequireMember } from './auth/RequireMember.tsx';
import { Shell } from './layout/Shell.tsx';
import type { PortalRoute } from './routes.ts';

const modules = import.meta.glob<PortalRoute[]>('./*/routes.ts', { eager: true, import: 'routes' });
export const PORTAL_ROUTES: PortalRoute[] = Object.values(modules).flat();

function NotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found">
      <ScreenTitle id="not-found">{t('common.notFoundTitle')}</ScreenTitle>
      <p>{t('common.notFound')}</p>
    </section>
  );
}

export function App() {
  return (
    <Shell routes={PORTAL_ROUTES}>
      <Suspense fallback={<Skeleton />}>
        <Switch>
          {PORTAL_ROUTES.map(({ path, component: Screen, membersOnly }) => (
            <Route key={path} path={path}>
              {membersOnly ? (
                <RequireMember>
                  {/* Its own boundary: while the screen's code loads, the guard above stays mounted
                      (a boundary above it would re-run the guard's query on every attempt). */}
                  <Suspense fallback={<Skeleton />}>
                    <Screen />
                  </Suspense>
                </RequireMember>
              ) : (
                <Screen />
              )}
            </Route>
          ))}
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Shell>
  );
}
