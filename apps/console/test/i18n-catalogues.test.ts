// The console's English catalogue says everything its French one says (and nothing else): an admin
// who chose English never meets a French sentence nor a bare key. (Keys the code uses are checked by
// typecheck, from src/i18n/catalogue-types.d.ts.)
import { catalogueKeys } from '@ekoacteurs/ui/catalogue-keys.ts';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';

describe("the console's catalogues", () => {
  it('has in English every French key, and no other', () => {
    expect(catalogueKeys(en)).toEqual(catalogueKeys(fr));
  });
});
