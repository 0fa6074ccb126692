// Typed keys for the portal: its French catalogues (the source of truth), merged, fill the kit's
// Register (@ekoacteurs/ui/i18n.ts), so a key that no French catalogue holds fails typecheck. Every
// French catalogue the portal loads is named here; test/i18n-catalogues.test.ts fails when one is
// missing or when English lacks a key.
import type kit from '@ekoacteurs/ui/kit.fr.json';
import type shared from './fr.json';
import type auth from '../auth/i18n.fr.json';
import type collectives from '../collectives/i18n.fr.json';
import type collectivesScreens from '../collectives/i18n.screens.fr.json';
import type contributions from '../contributions/i18n.fr.json';
import type contributionsScreens from '../contributions/i18n.screens.fr.json';
import type home from '../home/i18n.fr.json';
import type introductions from '../introductions/i18n.fr.json';
import type introductionsScreens from '../introductions/i18n.screens.fr.json';
import type network from '../network/i18n.fr.json';
import type networkScreens from '../network/i18n.screens.fr.json';
import type notifications from '../notifications/i18n.fr.json';
import type notificationsScreens from '../notifications/i18n.screens.fr.json';
import type opportunities from '../opportunities/i18n.fr.json';
import type opportunitiesScreens from '../opportunities/i18n.screens.fr.json';
import type privacy from '../privacy/i18n.fr.json';
import type privacyScreens from '../privacy/i18n.screens.fr.json';
import type profile from '../profile/i18n.fr.json';
import type profileScreens from '../profile/i18n.screens.fr.json';
import type settings from '../settings/i18n.fr.json';
import type settingsScreens from '../settings/i18n.screens.fr.json';
import type workshops from '../workshops/i18n.fr.json';
import type workshopsScreens from '../workshops/i18n.screens.fr.json';

type Portal = typeof kit &
  typeof shared &
  typeof auth &
  typeof collectives &
  typeof collectivesScreens &
  typeof contributions &
  typeof contributionsScreens &
  typeof home &
  typeof introductions &
  typeof introductionsScreens &
  typeof network &
  typeof networkScreens &
  typeof notifications &
  typeof notificationsScreens &
  typeof opportunities &
  typeof opportunitiesScreens &
  typeof privacy &
  typeof privacyScreens &
  typeof profile &
  typeof profileScreens &
  typeof settings &
  typeof settingsScreens &
  typeof workshops &
  typeof workshopsScreens;

declare module '@ekoacteurs/ui/i18n.ts' {
  interface Register {
    catalogue: Portal;
  }
}
