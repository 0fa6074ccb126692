// Where an emailed sign-in link lands: the secret is in the fragment (#token=…), never sent to
// the server in the URL; it is exchanged once for a session.
import { SignInWithLinkDocument } from '@ekoacteurs/client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { ROUTES } from '../routes.ts';

export function LinkLandingPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, signIn] = useMutation(SignInWithLinkDocument);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
    // The secret leaves the address bar (and the history) at once.
    history.replaceState(null, '', window.location.pathname);
    if (!token) return setFailed(true);
    void signIn({ token }).then((result) => {
      if (result.data?.signInWithLink.__typename === 'SignInPayload') navigate(ROUTES.home, { replace: true });
      else setFailed(true);
    });
  }, [navigate, signIn]);

  if (!failed) return <p role="status">{t('auth.signingIn')}</p>;
  return (
    <section aria-labelledby="link-title" className="narrow">
      <h1 id="link-title">{t('auth.linkInvalidTitle')}</h1>
      <p role="alert">{t('auth.linkInvalid')}</p>
      <Link href={ROUTES.signIn} className="button">
        {t('auth.askNewLink')}
      </Link>
    </section>
  );
}
