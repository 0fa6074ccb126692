import { lazy } from 'react';
import { ROUTES, type PortalRoute } from '../routes.ts';

export const routes: PortalRoute[] = [
  { path: ROUTES.signIn, component: lazy(() => import('./SignInPage.tsx').then((m) => ({ default: m.SignInPage }))) },
  {
    path: ROUTES.signInLink,
    component: lazy(() => import('./LinkLandingPage.tsx').then((m) => ({ default: m.LinkLandingPage }))),
  },
  { path: ROUTES.apply, component: lazy(() => import('./ApplyPage.tsx').then((m) => ({ default: m.ApplyPage }))) },
];
