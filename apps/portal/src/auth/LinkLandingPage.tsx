// Where an emailed sign-in link lands: the secret is in the fragment (#token=…), never sent to
// the server in the URL; it is exchanged once for a session.
import { SignInWithLinkDocument } from '@ekoacteurs/client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { ROUTES } from '../routes.ts';

export function LinkLandingPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, signIn] = useMutation(SignInWithLinkDocument);
  // Read once, at first render: the effect below removes it from the address bar.
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [failed, setFailed] = useState(token === null);
  const started = useRef(false);

  useEffect(() => {
    // The secret leaves the address bar (and the history) at once.
    history.replaceState(null, '', window.location.pathname);
    if (started.current || !token) return;
    started.current = true;
    void signIn({ token }).then((result) => {
      if (result.data?.signInWithLink.__typename === 'SignInSuccess') navigate(ROUTES.home, { replace: true });
      else setFailed(true);
    });
  }, [navigate, signIn, token]);

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
