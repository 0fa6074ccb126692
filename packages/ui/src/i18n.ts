// Translations for both apps: French first, English second. Each app brings its own catalogues:
// French in the first load, English in its own chunk, fetched only for a reader who chose it
// (before the first render when the choice was stored, on the toggle otherwise).
import i18next, { type ParseKeys, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import kitFr from './kit.fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A key of the French catalogues of the app being compiled (its CustomTypeOptions declaration). */
export type CatalogueKey = ParseKeys;
type Catalogue = Resource[string];
const STORAGE_KEY = 'ekoacteurs.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'fr';
}

function withKit(catalogue: Catalogue, kit: Record<string, unknown>): Record<string, unknown> {
  return { ...kit, ...((catalogue.translation ?? {}) as Record<string, unknown>) };
}

let loadEnglishCatalogue: () => Promise<Catalogue> = async () => ({ translation: {} });
let englishLoaded: Promise<void> | undefined;
let ready: Promise<void> = Promise.resolve();

/** Adds the English catalogue (the app's and the kit's) once; screens' own bundles, added by their
 * chunks before or after, are merged, never replaced. */
function loadLanguage(language: Language): Promise<void> {
  if (language === 'fr') return Promise.resolve();
  englishLoaded ??= Promise.all([loadEnglishCatalogue(), import('./kit.en.json')])
    .then(([catalogue, kit]) => {
      i18next.addResourceBundle('en', 'translation', withKit(catalogue, kit.default), true, false);
    })
    .catch((error: unknown) => {
      englishLoaded = undefined; // Offline for a moment: the next choice tries again.
      throw error;
    });
  return englishLoaded;
}

export function initI18n(catalogues: { fr: Catalogue; en: () => Promise<Catalogue> }) {
  loadEnglishCatalogue = catalogues.en;
  const language = storedLanguage();
  void i18next.use(initReactI18next).init({
    // The kit's own strings (under `kit.`) join each app's catalogue.
    resources: { fr: { translation: withKit(catalogues.fr, kitFr) } },
    partialBundledLanguages: true,
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false }, // React escapes.
  });
  if (typeof document !== 'undefined') document.documentElement.lang = 'fr';
  // English could not load (offline): the reader gets French rather than nothing.
  ready = language === 'fr' ? Promise.resolve() : setLanguage(language).catch(() => undefined);
  return i18next;
}

/** Resolves once the reader's language can be shown: the apps render after it. */
export function i18nReady(): Promise<void> {
  return ready;
}

export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** The locale to format dates and numbers with. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}
