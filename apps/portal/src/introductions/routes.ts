import { lazy } from 'react';
import { NETWORK_PATHS } from '../shared/paths.ts';
import type { PortalRoute } from '../routes.ts';

export const routes: PortalRoute[] = [
  {
    path: NETWORK_PATHS.introductions,
    component: lazy(() => import('./IntroductionsPage.tsx').then((m) => ({ default: m.IntroductionsPage }))),
    membersOnly: true,
    nav: { label: 'introductions.nav', order: 30 },
  },
];
