// "Mes données" (/mes-donnees): what the federation holds about me and my rights: download an
// archive of everything (ExportSection), correct (a link to the profile), leave (LeaveSection).
import './catalogue.ts';
import { MyDataDocument } from '@ekoacteurs/client';
import { LoadFailed, ScreenTitle, Skeleton } from '@ekoacteurs/ui';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ExportSection } from './ExportSection.tsx';
import { LeaveSection } from './LeaveSection.tsx';

export function MyDataPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyDataDocument,
    requestPolicy: 'cache-and-network',
  });
  return (
    <div className="pv-screen">
      <ScreenTitle id="my-data-title">{t('privacy.title')}</ScreenTitle>
      <p>{t('privacy.intro')}</p>
      {!data && fetching && <Skeleton label={t('privacy.loading')} />}
      {!data && !fetching && error && (
        <LoadFailed message={t('privacy.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {data?.viewer && (
        <>
          <ExportSection
            exports={data.myDataExports ?? []}
            onPoll={() => reexecute({ requestPolicy: 'network-only' })}
          />
          <p className="muted">
            {t('privacy.correct')} <Link href="/profil">{t('privacy.correctLink')}</Link>
          </p>
          <LeaveSection handle={data.viewer.handle} />
        </>
      )}
    </div>
  );
}
