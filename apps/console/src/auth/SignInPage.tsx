// Admins sign in as members do (password, or an emailed link), then come back where they were.
// Members who are not admins are told the console is reserved for the federation's admins. The
// form, its words, what a submission does and the return address's check are the UI kit's, shared
// with the portal.
import { RequestSignInLinkDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { LinkSentNotice, SignInForm, safeReturnPath, useSignInFlow } from '@ekoacteurs/ui';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ROUTES } from '../routes.ts';
import { PageTitle } from '../ui/States.tsx';
import { AdminsOnly } from './RequireAdmin.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const back = safeReturnPath(new URLSearchParams(useSearch()).get('retour'), ROUTES.dashboard);
  const [, signInWithPassword] = useMutation(SignInWithPasswordDocument);
  const [, requestSignInLink] = useMutation(RequestSignInLinkDocument);
  const [notAdmin, setNotAdmin] = useState<{ name: string; suspended: boolean } | null>(null);
  const flow = useSignInFlow({ signInWithPassword, requestSignInLink }, ({ viewer }) => {
    if (viewer.role === 'ADMIN' && viewer.status === 'ACTIVE') return navigate(back);
    setNotAdmin({ name: viewer.displayName, suspended: viewer.status === 'SUSPENDED' });
  });

  if (notAdmin) return <AdminsOnly name={notAdmin.name} suspended={notAdmin.suspended} />;

  if (flow.sentTo) {
    return (
      <section className="narrow">
        <PageTitle title={t('auth.checkInbox')}>{t('auth.checkInbox')}</PageTitle>
        <LinkSentNotice email={flow.sentTo} onAnotherAddress={flow.anotherAddress} />
      </section>
    );
  }

  return (
    <section className="narrow">
      <PageTitle title={t('auth.signInTitle')}>{t('auth.signInTitle')}</PageTitle>
      <p>{t('auth.signInIntro')}</p>
      <SignInForm startWithPassword busy={flow.busy} problem={flow.problem} onSubmit={flow.submit} />
      <p className="muted">{t('auth.linkOpensPortal')}</p>
    </section>
  );
}
