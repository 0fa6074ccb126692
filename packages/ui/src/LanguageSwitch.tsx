import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from './i18n.ts';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/** A labelled select; expects `common.language` in the app's catalogue. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      {t('common.language')}{' '}
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
