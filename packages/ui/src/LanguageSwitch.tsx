import { LANGUAGES, setLanguage, useTranslation, type Language } from './i18n.ts';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/** A labelled select; its label is the kit's `kit.language`. */
export function LanguageSwitch() {
  const { t, language } = useTranslation();
  return (
    <label className="language">
      {t('kit.language')}{' '}
      <select value={language} onChange={(event) => void setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((choice) => (
          <option key={choice} value={choice} lang={choice}>
            {NAMES[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
