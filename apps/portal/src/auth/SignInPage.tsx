// Sign in: an emailed single-use link by default, or a password for those who set one (the form,
// its words, what a submission does and the return address's check are the UI kit's, shared with
// the console).
import { RequestSignInLinkDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { LinkSentNotice, SignInForm, safeReturnPath, useSignInFlow } from '@ekoacteurs/ui';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { ROUTES } from '../routes.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const back = safeReturnPath(new URLSearchParams(useSearch()).get('retour'), ROUTES.home);
  const [, signInWithPassword] = useMutation(SignInWithPasswordDocument);
  const [, requestSignInLink] = useMutation(RequestSignInLinkDocument);
  const flow = useSignInFlow({ signInWithPassword, requestSignInLink }, () => navigate(back));

  if (flow.sentTo) {
    return (
      <section aria-labelledby="sent-title" className="narrow">
        <h1 id="sent-title">{t('auth.checkInbox')}</h1>
        <LinkSentNotice email={flow.sentTo} onAnotherAddress={flow.anotherAddress} />
      </section>
    );
  }

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <SignInForm busy={flow.busy} problem={flow.problem} onSubmit={flow.submit} />
      <p>
        {t('auth.notMemberYet')} <Link href={ROUTES.apply}>{t('auth.applyLink')}</Link>
      </p>
    </section>
  );
}
