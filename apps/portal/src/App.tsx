// The portal: its frame and its screens, gathered from each folder's routes.ts. A screen's code
// loads when it is first visited.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
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
      <h1 id="not-found">{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFound')}</p>
    </section>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <Shell routes={PORTAL_ROUTES}>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <Switch>
          {PORTAL_ROUTES.map(({ path, component: Screen, membersOnly }) => (
            <Route key={path} path={path}>
              {membersOnly ? (
                <RequireMember>
                  {/* Its own boundary: while the screen's code loads, the guard above stays mounted
                      (a boundary above it would re-run the guard's query on every attempt). */}
                  <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
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
