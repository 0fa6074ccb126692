import type { PortalRoute } from '../routes.ts';
import { lazyScreen } from '../shared/lazyScreen.tsx';

// The header's badge (NotificationsBadge, in the shell) links here: no entry in the navigation.
export const routes: PortalRoute[] = [
  {
    path: '/notifications',
    component: lazyScreen(() => import('./NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage }))),
    membersOnly: true,
  },
];
