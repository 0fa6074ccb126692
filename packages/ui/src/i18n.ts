// Translations for both apps: French first, English second, on the kit's translator (translator.ts).
// Each app brings its own catalogues: French in the first load, English in its own chunk, fetched
// only for a reader who chose it (before the first render when the choice was stored, on the toggle
// otherwise). A screen's chunk adds its own strings when it loads (addCatalogue). Components read
// `t` and the language with useTranslation, and draw again when either changes.
import { useSyncExternalStore } from 'react';
import kitFr from './kit.fr.json';
import { createTranslator, type Catalogue, type KeyOf, type Translate as Translator } from './translator.ts';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each app names its French catalogues, merged, here (its `catalogue-types.d.ts`):
 * `declare module '@ekoacteurs/ui/i18n.ts' { interface Register { catalogue: … } }`. */
export interface Register {}
type AppCatalogue = Register extends { catalogue: infer C } ? C : Catalogue;
/** A key of the French catalogues of the app being compiled (its Register declaration). */
export type CatalogueKey = KeyOf<AppCatalogue>;
/** `t`, typed with the keys of the app being compiled. */
export type Translate = Translator<CatalogueKey>;

export interface Translation {
  t: Translate;
  language: Language;
}

const STORAGE_KEY = 'ekoacteurs.language';
const catalogues: Record<Language, Catalogue> = { fr: {}, en: {} };
const listeners = new Set<() => void>();
let current: Translation = translationIn('fr');

function translationIn(language: Language): Translation {
  return { t: createTranslator<AppCatalogue>(catalogues, language), language };
}

/** A new `t` for the components to draw with (a new function, so memos that use it run again). */
function publish(language: Language) {
  current = translationIn(language);
  for (const listener of listeners) listener();
}

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'fr';
}

function merge(into: Catalogue, bundle: Catalogue) {
  for (const [name, value] of Object.entries(bundle)) {
    const inner = into[name];
    if (value && typeof value === 'object')
      merge(inner && typeof inner === 'object' ? (inner as Catalogue) : (into[name] = {}), value as Catalogue);
    else into[name] = value;
  }
}

/** Adds strings to a language's catalogue (a screen's, when its chunk loads): merged, never replacing
 * a branch; the components on the page draw again. */
export function addCatalogue(language: Language, bundle: Catalogue): void {
  merge(catalogues[language], bundle);
  publish(current.language);
}

let loadEnglishCatalogue: () => Promise<Catalogue> = async () => ({});
let englishLoaded: Promise<void> | undefined;
let ready: Promise<void> = Promise.resolve();

/** Adds the English catalogue (the kit's and the app's) once, beside the screens' own. */
function loadLanguage(language: Language): Promise<void> {
  if (language === 'fr') return Promise.resolve();
  englishLoaded ??= Promise.all([import('./kit.en.json'), loadEnglishCatalogue()])
    .then(([kit, catalogue]) => {
      merge(catalogues.en, kit.default);
      merge(catalogues.en, catalogue);
    })
    .catch((error: unknown) => {
      englishLoaded = undefined; // Offline for a moment: the next choice tries again.
      throw error;
    });
  return englishLoaded;
}

/** The app's catalogues: French now, English when a reader chooses it. The kit's own strings
 * (under `kit.`) join them. */
export function initI18n(app: { fr: Catalogue; en: () => Promise<Catalogue> }): void {
  loadEnglishCatalogue = app.en;
  merge(catalogues.fr, kitFr);
  addCatalogue('fr', app.fr);
  if (typeof document !== 'undefined') document.documentElement.lang = 'fr';
  const language = storedLanguage();
  // English could not load (offline): the reader gets French rather than nothing.
  ready = language === 'fr' ? Promise.resolve() : setLanguage(language).catch(() => undefined);
}

/** Resolves once the reader's language can be shown: the apps render after it. */
export function i18nReady(): Promise<void> {
  return ready;
}

export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  publish(language);
}

/** `t` and the language now, outside React (the API client's language header, tests). */
export function currentTranslation(): Translation {
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** `t` and the language, for a component: it draws again when the language changes or strings are added. */
export function useTranslation(): Translation {
  return useSyncExternalStore(subscribe, currentTranslation, currentTranslation);
}

/** The locale to format dates and numbers with. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}
