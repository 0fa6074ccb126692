// Typed keys for the console: i18next's CustomTypeOptions from the French catalogue (the source of
// truth) and the kit's, so a key that French does not hold fails typecheck; test/i18n-catalogues.test.ts
// fails when English lacks a key.
import type kit from '@ekoacteurs/ui/kit.fr.json';
import type console from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof kit & typeof console };
  }
}
