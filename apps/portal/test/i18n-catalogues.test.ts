// The portal's catalogues: each English file says everything its French twin says (and nothing
// else), so a member who chose English never meets a French sentence nor a bare key; and the typed
// keys (src/i18n/catalogue-types.d.ts) name every French catalogue, so a key the code uses is checked
// against all of them by typecheck.
// @vitest-environment node
import { catalogueKeys } from '@ekoacteurs/ui/catalogue-keys.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, unknown>;
const catalogues = import.meta.glob<Catalogue>('../src/*/{i18n.*,fr,en}.json', { eager: true, import: 'default' });
const french = Object.keys(catalogues).filter((path) => path.endsWith('fr.json'));

describe("the portal's catalogues", () => {
  it('finds the shared catalogue and each folder’s', () => {
    expect(french).toContain('../src/i18n/fr.json');
    expect(french.length).toBeGreaterThan(10);
  });

  it.each(french)('%s has an English twin with every French key, and no other', (path) => {
    const english = catalogues[path.replace(/fr\.json$/, 'en.json')];
    expect(english, 'English catalogue').toBeDefined();
    expect(catalogueKeys(english!)).toEqual(catalogueKeys(catalogues[path]!));
  });

  it('types its keys from every French catalogue', () => {
    const declaration = readFileSync(
      fileURLToPath(new URL('../src/i18n/catalogue-types.d.ts', import.meta.url)),
      'utf8',
    );
    for (const path of french) {
      const fromDeclaration = path === '../src/i18n/fr.json' ? './fr.json' : path.replace('../src/', '../');
      expect(declaration, path).toContain(`from '${fromDeclaration}'`);
    }
  });
});
