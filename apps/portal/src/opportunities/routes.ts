import { lazy } from 'react';
import type { PortalRoute } from '../routes.ts';
import { OPPORTUNITY_PATHS } from './paths.ts';

export const routes: PortalRoute[] = [
  {
    path: OPPORTUNITY_PATHS.board,
    component: lazy(() => import('./BoardPage.tsx').then((m) => ({ default: m.BoardPage }))),
    membersOnly: true,
    nav: { label: 'opportunities.nav', order: 50, primary: true },
  },
  {
    path: OPPORTUNITY_PATHS.one,
    component: lazy(() => import('./OpportunityPage.tsx').then((m) => ({ default: m.OpportunityPage }))),
    membersOnly: true,
  },
];
