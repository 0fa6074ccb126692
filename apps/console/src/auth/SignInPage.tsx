// Admins sign in as members do (password, or an emailed link), then come back where they were.
// Members who are not admins are told the console is reserved for the federation's admins. The
// form, its words and the return address's check are the UI kit's, shared with the portal.
import { RequestSignInLinkDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { LinkSentNotice, SignInForm, safeReturnPath, signInProblemOf } from '@ekoacteurs/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ROUTES } from '../routes.ts';
import { PageTitle } from '../ui/States.tsx';
import { AdminsOnly } from './RequireAdmin.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const back = safeReturnPath(new URLSearchParams(useSearch()).get('retour'), ROUTES.dashboard);
  const [link, requestLink] = useMutation(RequestSignInLinkDocument);
  const [signIn, signInWithPassword] = useMutation(SignInWithPasswordDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [notAdmin, setNotAdmin] = useState<{ name: string; suspended: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(email: string, password: string | null) {
    setProblem(null);
    if (password !== null) {
      const result = await signInWithPassword({ email, password });
      const payload = result.data?.signInWithPassword;
      if (payload?.__typename === 'SignInSuccess') {
        const { viewer } = payload;
        if (viewer.role === 'ADMIN' && viewer.status === 'ACTIVE') return navigate(back);
        return setNotAdmin({ name: viewer.displayName, suspended: viewer.status === 'SUSPENDED' });
      }
      return setProblem(signInProblemOf(t, payload, result.error));
    }
    const result = await requestLink({ email });
    const payload = result.data?.requestSignInLink;
    if (payload?.__typename === 'EmailSentSuccess') return setSentTo(email);
    setProblem(signInProblemOf(t, payload, result.error));
  }

  if (notAdmin) return <AdminsOnly name={notAdmin.name} suspended={notAdmin.suspended} />;

  if (sentTo) {
    return (
      <section className="narrow">
        <PageTitle title={t('auth.checkInbox')}>{t('auth.checkInbox')}</PageTitle>
        <LinkSentNotice email={sentTo} onAnotherAddress={() => setSentTo(null)} />
      </section>
    );
  }

  return (
    <section className="narrow">
      <PageTitle title={t('auth.signInTitle')}>{t('auth.signInTitle')}</PageTitle>
      <p>{t('auth.signInIntro')}</p>
      <SignInForm
        startWithPassword
        busy={link.fetching || signIn.fetching}
        problem={problem}
        onSubmit={(email, password) => void submit(email, password)}
      />
      <p className="muted">{t('auth.linkOpensPortal')}</p>
    </section>
  );
}
