// The portal's shell: skip link, header with the language switch, and the main content.
import { LanguageSwitch } from '@ekoacteurs/ui';
import { useTranslation } from 'react-i18next';
import { UpcomingWorkshops } from './workshops/UpcomingWorkshops.tsx';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">
          <strong>{t('app.title')}</strong> <span>{t('app.tagline')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <UpcomingWorkshops />
      </main>
    </>
  );
}
