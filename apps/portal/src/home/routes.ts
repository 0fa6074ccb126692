// The home's code loads beside the viewer query it waits for anyway (the portal's `/` is served only
// with a session): it is not in the sign-in screen's first load.
import { lazy } from 'react';
import { ROUTES, type PortalRoute } from '../routes.ts';

export const routes: PortalRoute[] = [
  {
    path: ROUTES.home,
    component: lazy(() => import('./HomePage.tsx').then((m) => ({ default: m.HomePage }))),
    nav: { label: 'nav.home', order: 0, primary: true },
  },
];
