// Typed keys for the kit's own type-check: i18next's CustomTypeOptions from the kit's French catalogue.
// The apps, which compile the kit's sources with their own catalogues, declare theirs (kit included).
import type kit from './kit.fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof kit };
  }
}
