import type { PortalRoute } from '../routes.ts';
import { lazyScreen } from '../shared/lazyScreen.tsx';

export const routes: PortalRoute[] = [
  {
    path: '/contributions',
    component: lazyScreen(() => import('./ContributionsPage.tsx').then((m) => ({ default: m.ContributionsPage }))),
    membersOnly: true,
    nav: { label: 'contributions.nav', order: 70 },
  },
];
