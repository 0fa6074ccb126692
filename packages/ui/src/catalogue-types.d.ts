// Typed keys for the kit's own type-check: the kit's French catalogue is the one `t` reads (i18n.ts's
// Register). The apps, which compile the kit's sources with their own catalogues, declare theirs
// (kit included) in their own catalogue-types.d.ts.
import type kit from './kit.fr.json';

declare module './i18n.ts' {
  interface Register {
    catalogue: typeof kit;
  }
}
