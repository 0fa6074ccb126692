// Admins sign in as members do (password, or an emailed link), then come back where they were.
// Members who are not admins are told the console is reserved for the federation's admins.
import { RequestSignInLinkDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ROUTES } from '../routes.ts';
import { PageTitle } from '../ui/States.tsx';
import { AdminsOnly } from './RequireAdmin.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const back = new URLSearchParams(useSearch()).get('retour') ?? ROUTES.dashboard;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [withLink, setWithLink] = useState(false);
  const [link, requestLink] = useMutation(RequestSignInLinkDocument);
  const [signIn, signInWithPassword] = useMutation(SignInWithPasswordDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [notAdmin, setNotAdmin] = useState<{ name: string; suspended: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = link.fetching || signIn.fetching;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!withLink) {
      const result = await signInWithPassword({ email, password });
      const payload = result.data?.signInWithPassword;
      if (payload?.__typename === 'SignInPayload') {
        const { viewer } = payload;
        if (viewer.role === 'ADMIN' && viewer.status === 'ACTIVE') return navigate(back.startsWith('/') && !back.startsWith('//') ? back : ROUTES.dashboard);
        return setNotAdmin({ name: viewer.displayName, suspended: viewer.status === 'SUSPENDED' });
      }
      const code = payload && 'code' in payload ? payload.code : result.error?.graphQLErrors[0]?.extensions?.code;
      setProblem(code === 'INVALID_CREDENTIALS' ? t('auth.invalidCredentials') : code === 'RATE_LIMITED' ? t('auth.tooMany') : t('common.failed'));
      return;
    }
    const result = await requestLink({ email });
    const payload = result.data?.requestSignInLink;
    if (payload?.__typename === 'EmailSentPayload') setSentTo(email);
    else if (payload?.__typename === 'ValidationError') setProblem(t('auth.invalidEmail'));
    else setProblem(result.error?.graphQLErrors[0]?.extensions?.code === 'RATE_LIMITED' ? t('auth.tooMany') : t('common.failed'));
  }

  if (notAdmin) return <AdminsOnly name={notAdmin.name} suspended={notAdmin.suspended} />;

  if (sentTo) {
    return (
      <section className="narrow">
        <PageTitle title={t('auth.checkInbox')}>{t('auth.checkInbox')}</PageTitle>
        <p role="status">{t('auth.linkSent', { email: sentTo })}</p>
        <button type="button" className="secondary" onClick={() => setSentTo(null)}>
          {t('auth.useAnotherAddress')}
        </button>
      </section>
    );
  }

  return (
    <section className="narrow">
      <PageTitle title={t('auth.signInTitle')}>{t('auth.signInTitle')}</PageTitle>
      <p>{t('auth.signInIntro')}</p>
      <form onSubmit={submit}>
        <label htmlFor="sign-in-email">{t('auth.email')}</label>
        <input id="sign-in-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        {!withLink && (
          <>
            <label htmlFor="sign-in-password">{t('auth.password')}</label>
            <input id="sign-in-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </>
        )}
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('common.sending') : withLink ? t('auth.sendLink') : t('auth.signIn')}
        </button>
      </form>
      <p>
        <button type="button" className="link-button" onClick={() => setWithLink(!withLink)}>
          {withLink ? t('auth.preferPassword') : t('auth.preferLink')}
        </button>
      </p>
      {withLink && <p className="muted">{t('auth.linkOpensPortal')}</p>}
    </section>
  );
}
