// Sign in: an emailed single-use link by default, or a password for those who set one (the form,
// its words and the return address's check are the UI kit's, shared with the console).
import { RequestSignInLinkDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { LinkSentNotice, SignInForm, safeReturnPath, signInProblemOf } from '@ekoacteurs/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { ROUTES } from '../routes.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const back = safeReturnPath(new URLSearchParams(useSearch()).get('retour'), ROUTES.home);
  const [link, requestLink] = useMutation(RequestSignInLinkDocument);
  const [signIn, signInWithPassword] = useMutation(SignInWithPasswordDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(email: string, password: string | null) {
    setProblem(null);
    if (password !== null) {
      const result = await signInWithPassword({ email, password });
      const payload = result.data?.signInWithPassword;
      if (payload?.__typename === 'SignInSuccess') return navigate(back);
      return setProblem(signInProblemOf(t, payload, result.error));
    }
    const result = await requestLink({ email });
    const payload = result.data?.requestSignInLink;
    if (payload?.__typename === 'EmailSentSuccess') return setSentTo(email);
    setProblem(signInProblemOf(t, payload, result.error));
  }

  if (sentTo) {
    return (
      <section aria-labelledby="sent-title" className="narrow">
        <h1 id="sent-title">{t('auth.checkInbox')}</h1>
        <LinkSentNotice email={sentTo} onAnotherAddress={() => setSentTo(null)} />
      </section>
    );
  }

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <SignInForm
        busy={link.fetching || signIn.fetching}
        problem={problem}
        onSubmit={(email, password) => void submit(email, password)}
      />
      <p>
        {t('auth.notMemberYet')} <Link href={ROUTES.apply}>{t('auth.applyLink')}</Link>
      </p>
    </section>
  );
}
