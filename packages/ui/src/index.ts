// Pieces both apps share: translations setup, the language switch, base styles (./base.css).
export { initI18n, setLanguage, localeOf, LANGUAGES, type Language } from './i18n.ts';
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { REGIONS } from './regions.ts';
