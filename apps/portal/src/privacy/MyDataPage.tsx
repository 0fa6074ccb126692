// "Mes données" (/mes-donnees): what the federation holds about me and my rights: download an
// archive of everything (ExportSection), correct (a link to the profile), leave (LeaveSection).
import './catalogue.ts';
import { MyDataDocument } from '@ekoacteurs/client';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ExportSection } from './ExportSection.tsx';
import { LeaveSection } from './LeaveSection.tsx';

export function MyDataPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyDataDocument, requestPolicy: 'cache-and-network' });
  return (
    <div className="pv-screen">
      <h1 id="my-data-title" tabIndex={-1}>
        {t('privacy.title')}
      </h1>
      <p>{t('privacy.intro')}</p>
      {!data && fetching && <p role="status">{t('privacy.loading')}</p>}
      {!data && !fetching && error && (
        <div role="alert" className="notice">
          <p>{t('privacy.error')}</p>
          <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('privacy.retry')}
          </button>
        </div>
      )}
      {data?.viewer && (
        <>
          <ExportSection exports={data.myDataExports} onPoll={() => reexecute({ requestPolicy: 'network-only' })} />
          <p className="muted">
            {t('privacy.correct')} <Link href="/profil">{t('privacy.correctLink')}</Link>
          </p>
          <LeaveSection handle={data.viewer.handle} />
        </>
      )}
    </div>
  );
}
