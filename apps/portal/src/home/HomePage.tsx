// The member's home: what is coming up. Visitors are invited to sign in or apply.
import { Skeleton } from '@ekoacteurs/ui/Feedback.tsx';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { ROUTES } from '../routes.ts';
import { UpcomingWorkshops } from '../workshops/UpcomingWorkshops.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer, fetching } = useViewer();
  if (fetching) return <Skeleton />;
  return (
    <>
      {viewer ? (
        <p className="lead">{t('home.welcome', { name: viewer.displayName })}</p>
      ) : (
        <div className="notice">
          <p>{t('home.visitor')}</p>
          <p className="actions">
            <Link href={ROUTES.signIn} className="button">
              {t('auth.signIn')}
            </Link>
            <Link href={ROUTES.apply} className="button secondary">
              {t('auth.applyLink')}
            </Link>
          </p>
        </div>
      )}
      <UpcomingWorkshops />
    </>
  );
}
