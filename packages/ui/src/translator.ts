// The translator both apps and the gateway's public pages use: catalogues per language (nested
// objects, as the JSON files hold them) and `t(key, values?)`. Framework-free: no React, no imports
// (the gateway bundles it; i18n.ts binds it to React for the apps).
//
// Why not i18next: with react-i18next it weighed about 17 KiB gzipped on the portal's first route,
// where issue #17 allows 100 KiB in all, for four features the catalogues use: nested keys ("a.b.c"),
// `{{name}}` interpolation (unescaped: React escapes), plurals by CLDR suffix (`_zero` when the count
// is 0 and the catalogue has it, else `Intl.PluralRules`' category, else `_other`), and French as
// English's fallback. A key no catalogue holds comes back as itself, as with i18next.

/** A catalogue as its JSON file holds it: strings, nested under objects. */
export interface Catalogue {
  [key: string]: unknown;
}

/** Interpolated into `{{name}}`; a number `count` also chooses the plural form. */
export type Values = Readonly<Record<string, unknown>>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Folded<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

type Paths<C> = {
  [K in keyof C & string]: C[K] extends string ? Folded<K> : `${K}.${Paths<C[K]>}`;
}[keyof C & string];

/** The dotted paths to a catalogue's strings, plural forms folded (`n_one`, `n_other` → `n`); any
 * string for a catalogue whose type is not known. */
export type KeyOf<C> = string extends keyof C ? string : Paths<C>;

export interface Translate<Key extends string = string> {
  (key: Key, values?: Values): string;
  /** Whether a key made from data (an API's code) has a string: narrows it to a key `t` takes. */
  has(key: string): key is Key;
}

const FALLBACK = 'fr';
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralOf(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

const isCatalogue = (node: unknown): node is Catalogue => typeof node === 'object' && node !== null;

/** The string under `key` in one language's catalogue, its plural form chosen by `count`. */
function find(catalogue: Catalogue | undefined, language: string, key: string, count: unknown): string | undefined {
  const path = key.split('.');
  const leaf = path.pop()!;
  let node: unknown = catalogue;
  for (const name of path) node = isCatalogue(node) && Object.hasOwn(node, name) ? node[name] : undefined;
  if (!isCatalogue(node)) return undefined;
  const parent = node;
  // With a count: `_zero` for 0 when there is one, the language's category, `_other`, then the bare
  // key (a string without plural forms).
  const candidates =
    typeof count === 'number'
      ? [count === 0 ? `${leaf}_zero` : '', `${leaf}_${pluralOf(language, count)}`, `${leaf}_other`, leaf]
      : [leaf];
  for (const name of candidates) {
    const text = name && Object.hasOwn(parent, name) ? parent[name] : undefined;
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** `t` for a language, reading `catalogues` when called (catalogues merged in later are seen);
 * a language other than French falls back to French key by key. */
export function createTranslator<C = Catalogue>(
  catalogues: Readonly<Record<string, Catalogue | undefined>>,
  language: string,
): Translate<KeyOf<C>> {
  const languages = language === FALLBACK ? [language] : [language, FALLBACK];
  const lookup = (key: string, count?: unknown) => {
    for (const code of languages) {
      const text = find(catalogues[code], code, key, count);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  const t = (key: string, values?: Values) => {
    const text = lookup(key, values?.count) ?? key;
    if (!values) return text;
    return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
      Object.hasOwn(values, name) ? String(values[name] ?? '') : match,
    );
  };
  const has = (key: string): key is KeyOf<C> => lookup(key) !== undefined || lookup(key, 2) !== undefined;
  return Object.assign(t, { has });
}
