// Typed keys for the console: its French catalogue (the source of truth) and the kit's fill the kit's
// Register (@ekoacteurs/ui/i18n.ts), so a key that French does not hold fails typecheck;
// test/i18n-catalogues.test.ts fails when English lacks a key.
import type kit from '@ekoacteurs/ui/kit.fr.json';
import type console from './fr.json';

declare module '@ekoacteurs/ui/i18n.ts' {
  interface Register {
    catalogue: typeof kit & typeof console;
  }
}
