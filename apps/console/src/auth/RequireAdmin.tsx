// The console is for active admins: others are sent to sign in, or told the space is reserved.
import { SignOutDocument } from '@ekoacteurs/client';
import type { ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Redirect, useLocation } from 'wouter';
import { BASE, ROUTES } from '../routes.ts';
import { Failure, Loading } from '../ui/States.tsx';
import { useViewer } from './useViewer.ts';

export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const { viewer, isAdmin, fetching, error, refetch } = useViewer();
  if (fetching) return <Loading />;
  if (error && !viewer)
    return (
      <Failure error={error} what={t('auth.viewerFailed')} retry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!viewer) return <Redirect to={`${ROUTES.signIn}?retour=${encodeURIComponent(location)}`} replace />;
  if (!isAdmin) return <AdminsOnly name={viewer.displayName} suspended={viewer.status === 'SUSPENDED'} />;
  return <>{children}</>;
}

export function AdminsOnly({ name, suspended }: { name: string; suspended?: boolean }) {
  const { t } = useTranslation();
  const [{ fetching }, signOut] = useMutation(SignOutDocument);
  async function leave() {
    await signOut({});
    window.location.assign(`${BASE}${ROUTES.signIn}`);
  }
  return (
    <section aria-labelledby="admins-only" className="narrow">
      <h1 id="admins-only">{t('auth.adminsOnlyTitle')}</h1>
      <p role="alert" className="notice">
        {suspended ? t('auth.suspended') : t('auth.adminsOnly', { name })}
      </p>
      <p className="actions">
        <a className="button" href="/">
          {t('auth.toPortal')}
        </a>
        <button type="button" className="secondary" onClick={leave} disabled={fetching}>
          {t('auth.signOutOther')}
        </button>
      </p>
    </section>
  );
}
