import { lazy } from 'react';
import type { PortalRoute } from '../routes.ts';
import { NETWORK_PATHS } from '../shared/paths.ts';

export const routes: PortalRoute[] = [
  {
    path: NETWORK_PATHS.directory,
    component: lazy(() => import('./DirectoryPage.tsx').then((m) => ({ default: m.DirectoryPage }))),
    membersOnly: true,
    nav: { label: 'network.nav', order: 20, primary: true },
  },
  {
    path: NETWORK_PATHS.member,
    component: lazy(() => import('./MemberPage.tsx').then((m) => ({ default: m.MemberPage }))),
    membersOnly: true,
  },
];
