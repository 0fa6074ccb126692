import type { PortalRoute } from '../routes.ts';
import { lazyScreen } from '../shared/lazyScreen.tsx';

export const routes: PortalRoute[] = [
  {
    path: '/parametres',
    component: lazyScreen(() => import('./SettingsPage.tsx').then((m) => ({ default: m.SettingsPage }))),
    membersOnly: true,
    nav: { label: 'settings.nav', order: 80 },
  },
];
