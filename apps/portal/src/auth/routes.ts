// The sign-in screen is in the first load: every signed-out visitor lands on it, and its title is
// the page's largest paint, drawn with the first render rather than after one more round trip.
import { lazy } from 'react';
import { ROUTES, type PortalRoute } from '../routes.ts';
import { SignInPage } from './SignInPage.tsx';

export const routes: PortalRoute[] = [
  { path: ROUTES.signIn, component: SignInPage },
  {
    path: ROUTES.signInLink,
    component: lazy(() => import('./LinkLandingPage.tsx').then((m) => ({ default: m.LinkLandingPage }))),
  },
  { path: ROUTES.apply, component: lazy(() => import('./ApplyPage.tsx').then((m) => ({ default: m.ApplyPage }))) },
];
