// How the portal's screens are declared. Each screen folder lists its own in <folder>/routes.ts
// (`export const routes: PortalRoute[]`); App.tsx gathers them. Public pages (/membres,
// /collectifs, /ateliers, /annuaire, and / for visitors) are the server's.
import type { ComponentType, LazyExoticComponent } from 'react';
import type { CatalogueKey } from '@ekoacteurs/ui';

export interface PortalRoute {
  path: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Only for ACTIVE members: others are sent to sign in. */
  membersOnly?: boolean;
  /** Shown in the navigation, in this order, with this catalogue key: in the header's main list when
   * `primary`, otherwise in the member's menu ("Mon espace"). */
  nav?: { label: CatalogueKey; order: number; primary?: boolean };
}

export const ROUTES = {
  home: '/',
  apply: '/candidature',
  signIn: '/connexion',
  signInLink: '/connexion/lien',
  newPassword: '/connexion/nouveau-mot-de-passe',
  agenda: '/agenda',
} as const;
