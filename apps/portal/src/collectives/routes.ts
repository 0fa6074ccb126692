import { lazy } from 'react';
import type { PortalRoute } from '../routes.ts';
import { COLLECTIVE_PATHS } from '../shared/paths.ts';

export const routes: PortalRoute[] = [
  {
    path: COLLECTIVE_PATHS.mine,
    component: lazy(() => import('./MyCollectivesPage.tsx').then((m) => ({ default: m.MyCollectivesPage }))),
    membersOnly: true,
    nav: { label: 'collectives.nav', order: 40, primary: true },
  },
  {
    path: COLLECTIVE_PATHS.one,
    component: lazy(() => import('./CollectivePage.tsx').then((m) => ({ default: m.CollectivePage }))),
    membersOnly: true,
  },
  {
    path: COLLECTIVE_PATHS.browse,
    component: lazy(() => import('./BrowseCollectivesPage.tsx').then((m) => ({ default: m.BrowseCollectivesPage }))),
    membersOnly: true,
  },
];
