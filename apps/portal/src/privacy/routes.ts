// The "Mes données" screen: download everything held about me, leave the federation.
import type { PortalRoute } from '../routes.ts';
import { lazy } from 'react';

export const routes: PortalRoute[] = [
  {
    path: '/mes-donnees',
    component: lazy(() => import('./MyDataPage.tsx').then((m) => ({ default: m.MyDataPage }))),
    membersOnly: true,
    nav: { label: 'privacy.nav', order: 85 },
  },
];
