// The kit's English catalogue says everything its French one says (and nothing else): a reader who
// chose English never meets a French sentence nor a bare key in the kit's components.
import { describe, expect, it } from 'vitest';
import { catalogueKeys } from '../src/catalogue-keys.ts';
import en from '../src/kit.en.json';
import fr from '../src/kit.fr.json';

describe("the kit's catalogues", () => {
  it('has in English every French key, and no other', () => {
    expect(catalogueKeys(en)).toEqual(catalogueKeys(fr));
  });

  it('folds plural forms, so a language may have the forms its rules need', () => {
    expect(catalogueKeys({ a: { n_one: '1', n_many: 'm', n_other: 'n' } })).toEqual(['a.n']);
    expect(catalogueKeys({ a: { n_one: '1' } })).not.toEqual(catalogueKeys({ a: { m_one: '1' } }));
  });
});
