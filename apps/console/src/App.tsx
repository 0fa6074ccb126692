// The console: its frame and its screens, under /console. Each screen's code loads when first
// visited (the dashboard's charts in their own chunk); every screen but sign-in is for admins.
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Route, Router, Switch, useLocation } from 'wouter';
import { RequireAdmin } from './auth/RequireAdmin.tsx';
import { Shell } from './layout/Shell.tsx';
import { BASE, ROUTES } from './routes.ts';
import { AnnouncerProvider } from '@ekoacteurs/ui';
import { Loading } from './ui/States.tsx';

function screen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return Object.assign(
    lazy(() => load().then((module) => ({ default: module[name] }))),
    { preload: () => void load() },
  );
}

const SignInPage = screen(() => import('./auth/SignInPage.tsx'), 'SignInPage');
const Dashboard = screen(() => import('./dashboard/Dashboard.tsx'), 'Dashboard');
const ApplicationsPage = screen(() => import('./applications/ApplicationsPage.tsx'), 'ApplicationsPage');
const MembersPage = screen(() => import('./members/MembersPage.tsx'), 'MembersPage');
const MemberPage = screen(() => import('./members/MemberPage.tsx'), 'MemberPage');
const WorkshopsPage = screen(() => import('./workshops/WorkshopsPage.tsx'), 'WorkshopsPage');
const NewWorkshopPage = screen(() => import('./workshops/WorkshopEditor.tsx'), 'NewWorkshopPage');
const EditWorkshopPage = screen(() => import('./workshops/WorkshopEditor.tsx'), 'EditWorkshopPage');
const WorkshopPage = screen(() => import('./workshops/WorkshopPage.tsx'), 'WorkshopPage');
const PagesPage = screen(() => import('./pages/PagesPage.tsx'), 'PagesPage');
const CollectivesPage = screen(() => import('./collectives/CollectivesPage.tsx'), 'CollectivesPage');
const AuditLogPage = screen(() => import('./audit/AuditLogPage.tsx'), 'AuditLogPage');
const IntegrationsPage = screen(() => import('./integrations/IntegrationsPage.tsx'), 'IntegrationsPage');
const WebhookPage = screen(() => import('./integrations/WebhookPage.tsx'), 'WebhookPage');
const OutboxPage = screen(() => import('./outbox/OutboxPage.tsx'), 'OutboxPage');
const FediversePage = screen(() => import('./fediverse/FediversePage.tsx'), 'FediversePage');

function NotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFound')}</p>
    </section>
  );
}

// The screens at a fixed address, so that the one asked for starts loading beside the guard's
// viewer query rather than after it (the dashboard, where every admin lands, shows a round trip sooner).
const FIXED_SCREENS: Record<string, { preload: () => void }> = {
  [ROUTES.dashboard]: Dashboard,
  [ROUTES.applications]: ApplicationsPage,
  [ROUTES.members]: MembersPage,
  [ROUTES.workshops]: WorkshopsPage,
  [ROUTES.pages]: PagesPage,
  [ROUTES.collectives]: CollectivesPage,
  [ROUTES.audit]: AuditLogPage,
  [ROUTES.integrations]: IntegrationsPage,
  [ROUTES.outbox]: OutboxPage,
  [ROUTES.fediverse]: FediversePage,
};

function AdminScreens() {
  const [location] = useLocation();
  FIXED_SCREENS[location]?.preload();
  return (
    <RequireAdmin>
      <Switch>
        <Route path={ROUTES.dashboard} component={Dashboard} />
        <Route path={ROUTES.applications} component={ApplicationsPage} />
        <Route path={ROUTES.members} component={MembersPage} />
        <Route path={ROUTES.member} component={MemberPage} />
        <Route path={ROUTES.workshops} component={WorkshopsPage} />
        <Route path={ROUTES.newWorkshop} component={NewWorkshopPage} />
        <Route path={ROUTES.editWorkshop} component={EditWorkshopPage} />
        <Route path={ROUTES.workshop} component={WorkshopPage} />
        <Route path={ROUTES.pages} component={PagesPage} />
        <Route path={ROUTES.collectives} component={CollectivesPage} />
        <Route path={ROUTES.audit} component={AuditLogPage} />
        <Route path={ROUTES.integrations} component={IntegrationsPage} />
        <Route path={ROUTES.webhook} component={WebhookPage} />
        <Route path={ROUTES.outbox} component={OutboxPage} />
        <Route path={ROUTES.fediverse} component={FediversePage} />
        <Route component={NotFound} />
      </Switch>
    </RequireAdmin>
  );
}

export function App() {
  return (
    <Router base={BASE}>
      <AnnouncerProvider>
        <Shell>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path={ROUTES.signIn} component={SignInPage} />
              <Route component={AdminScreens} />
            </Switch>
          </Suspense>
        </Shell>
      </AnnouncerProvider>
    </Router>
  );
}
