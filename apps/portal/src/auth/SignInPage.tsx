// Sign in: an emailed single-use link by default, or a password for those who set one.
import { RequestSignInLinkDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { ROUTES } from '../routes.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const back = new URLSearchParams(useSearch()).get('retour') ?? ROUTES.home;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [withPassword, setWithPassword] = useState(false);
  const [link, requestLink] = useMutation(RequestSignInLinkDocument);
  const [signIn, signInWithPassword] = useMutation(SignInWithPasswordDocument);
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = link.fetching || signIn.fetching;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (withPassword) {
      const result = await signInWithPassword({ email, password });
      const payload = result.data?.signInWithPassword;
      if (payload?.__typename === 'SignInPayload') return navigate(back.startsWith('/') ? back : ROUTES.home);
      setProblem(payload && 'code' in payload && payload.code === 'INVALID_CREDENTIALS' ? t('auth.invalidCredentials') : t('common.failed'));
      return;
    }
    const result = await requestLink({ email });
    const payload = result.data?.requestSignInLink;
    if (payload?.__typename === 'EmailSentPayload') setSentMessage(email);
    else if (payload?.__typename === 'ValidationError') setProblem(t('auth.invalidEmail'));
    else setProblem(result.error?.graphQLErrors[0]?.extensions?.code === 'RATE_LIMITED' ? t('auth.tooMany') : t('common.failed'));
  }

  if (sentMessage) {
    return (
      <section aria-labelledby="sent-title" className="narrow">
        <h1 id="sent-title">{t('auth.checkInbox')}</h1>
        <p role="status">{t('auth.linkSent', { email: sentMessage })}</p>
        <button type="button" className="secondary" onClick={() => setSentMessage(null)}>
          {t('auth.useAnotherAddress')}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <form onSubmit={submit} noValidate={false}>
        <label htmlFor="sign-in-email">{t('auth.email')}</label>
        <input id="sign-in-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        {withPassword && (
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
          {busy ? t('common.sending') : withPassword ? t('auth.signInWithPassword') : t('auth.sendLink')}
        </button>
      </form>
      <p>
        <button type="button" className="link-button" onClick={() => setWithPassword(!withPassword)}>
          {withPassword ? t('auth.preferLink') : t('auth.preferPassword')}
        </button>
      </p>
      <p>
        {t('auth.notMemberYet')} <Link href={ROUTES.apply}>{t('auth.applyLink')}</Link>
      </p>
    </section>
  );
}
