import { lazy } from 'react';
import { ROUTES, type PortalRoute } from '../routes.ts';

export const routes: PortalRoute[] = [
  {
    path: ROUTES.agenda,
    component: lazy(() => import('./UpcomingWorkshops.tsx').then((m) => ({ default: m.UpcomingWorkshops }))),
    nav: { label: 'nav.agenda', order: 10 },
  },
];
