// Typed keys for the public pages: i18next's CustomTypeOptions from the French catalogue (fr.json,
// the source of truth), so a key French does not hold fails the gateway's typecheck.
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
