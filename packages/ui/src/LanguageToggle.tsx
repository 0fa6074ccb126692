// The FR/EN toggle of the headers: one button that switches to the other language, showing its
// short name ("EN") and saying in full, in that language, what it does ("Read in English"). When the
// other language cannot be fetched (offline), the page stays in its language and says so under the
// button, until the next try.
import { useState } from 'react';
import { setLanguage, useTranslation, type Language } from './i18n.ts';

export function LanguageToggle() {
  const { t, language } = useTranslation();
  const [failed, setFailed] = useState(false);
  const other: Language = language === 'en' ? 'fr' : 'en';
  async function switchLanguage() {
    setFailed(false);
    try {
      await setLanguage(other);
    } catch {
      setFailed(true);
    }
  }
  return (
    <span className="language-toggle-box">
      <button type="button" className="language-toggle" lang={other} onClick={() => void switchLanguage()}>
        {other.toUpperCase()}
        {/* No aria-label: the name starts with what is seen ("EN"), then says it in full. */}
        <span className="visually-hidden"> {t('kit.languageToggle')}</span>
      </button>
      {failed && (
        <span role="alert" className="language-failed">
          {t('kit.languageFailed')}
        </span>
      )}
    </span>
  );
}
