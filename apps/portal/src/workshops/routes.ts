import type { PortalRoute } from '../routes.ts';
import { lazyScreen } from '../shared/lazyScreen.tsx';
import { WORKSHOP_PATHS } from './paths.ts';

export const routes: PortalRoute[] = [
  {
    path: WORKSHOP_PATHS.agenda,
    component: lazyScreen(() => import('./UpcomingWorkshops.tsx').then((m) => ({ default: m.AgendaPage }))),
    nav: { label: 'nav.agenda', order: 10, primary: true },
  },
  {
    path: WORKSHOP_PATHS.one,
    component: lazyScreen(() => import('./WorkshopPage.tsx').then((m) => ({ default: m.WorkshopPage }))),
  },
  {
    path: WORKSHOP_PATHS.mine,
    component: lazyScreen(() => import('./MyWorkshopsPage.tsx').then((m) => ({ default: m.MyWorkshopsPage }))),
    membersOnly: true,
    nav: { label: 'workshops.navMine', order: 15 },
  },
];
