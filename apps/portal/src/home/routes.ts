import { ROUTES, type PortalRoute } from '../routes.ts';
import { HomePage } from './HomePage.tsx';

export const routes: PortalRoute[] = [
  { path: ROUTES.home, component: HomePage, nav: { label: 'nav.home', order: 0, primary: true } },
];
