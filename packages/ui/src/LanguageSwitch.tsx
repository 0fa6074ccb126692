import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from './i18n.ts';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/** A labelled select; its label is the kit's `kit.language`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      {t('kit.language')}{' '}
      <select value={i18n.language} onChange={(event) => void setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
