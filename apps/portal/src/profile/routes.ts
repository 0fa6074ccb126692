import { lazy } from 'react';
import { NETWORK_PATHS } from '../shared/paths.ts';
import type { PortalRoute } from '../routes.ts';

export const routes: PortalRoute[] = [
  {
    path: NETWORK_PATHS.profile,
    component: lazy(() => import('./ProfilePage.tsx').then((m) => ({ default: m.ProfilePage }))),
    membersOnly: true,
    nav: { label: 'profile.nav', order: 60 },
  },
  {
    path: NETWORK_PATHS.page,
    component: lazy(() => import('./PageEditorPage.tsx').then((m) => ({ default: m.PageEditorPage }))),
    membersOnly: true,
  },
];
