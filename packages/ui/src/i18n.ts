// Translations for both apps: French first, English second. Each app brings its own catalogues.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import kitEn from './kit.en.json';
import kitFr from './kit.fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'ekoacteurs.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'fr';
}

function withKit(catalogue: Resource[string], kit: Record<string, unknown>): Resource[string] {
  const translation = (catalogue.translation ?? {}) as Record<string, unknown>;
  return { ...catalogue, translation: { ...kit, ...translation } };
}

export function initI18n(catalogues: { fr: Resource[string]; en: Resource[string] }) {
  const language = storedLanguage();
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    // The kit's own strings (under `kit.`) join each app's catalogue.
    resources: { fr: withKit(catalogues.fr, kitFr), en: withKit(catalogues.en, kitEn) },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false }, // React escapes.
  });
  return i18next;
}

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  return i18next.changeLanguage(language);
}

/** The locale to format dates and numbers with. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}
