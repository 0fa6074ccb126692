// Translations for both apps: French first, English second. Each app brings its own catalogues.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'ekoacteurs.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'fr';
}

export function initI18n(catalogues: { fr: Resource[string]; en: Resource[string] }) {
  const language = storedLanguage();
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { fr: catalogues.fr, en: catalogues.en },
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
