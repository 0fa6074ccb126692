// Screens for active members: others are sent to sign in (and come back afterwards).
import type { ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Redirect } from 'wouter';
import { ROUTES } from '../routes.ts';
import { useViewer } from './useViewer.ts';

export function RequireMember({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer, fetching } = useViewer();
  if (fetching) return <p role="status">{t('common.loading')}</p>;
  if (!viewer)
    return <Redirect to={`${ROUTES.signIn}?retour=${encodeURIComponent(location.pathname + location.search)}`} />;
  if (viewer.status !== 'ACTIVE') {
    return (
      <div className="notice" role="alert">
        {t(viewer.status === 'SUSPENDED' ? 'auth.suspended' : 'auth.notActive')}
      </div>
    );
  }
  return <>{children}</>;
}
