// The FR/EN toggle of the headers: one button that switches to the other language, showing its
// short name ("EN") and saying in full, in that language, what it does ("Read in English").
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from './i18n.ts';

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const other: Language = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <button type="button" className="language-toggle" lang={other} onClick={() => void setLanguage(other)}>
      {other.toUpperCase()}
      {/* No aria-label: the name starts with what is seen ("EN"), then says it in full. */}
      <span className="visually-hidden"> {t('kit.languageToggle')}</span>
    </button>
  );
}
