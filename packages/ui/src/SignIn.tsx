// Signing in, the same in the portal and the console: an address and, when the person prefers, a
// password (otherwise a single-use link is emailed); the notice once a link is sent; what a refusal
// means in words; and where to go back to afterwards (only an address of this site). Each app runs
// the mutations and decides what happens once signed in (the console also checks the admin role).
import { useState, type FormEvent } from 'react';
import { useTranslation, type Translate } from './i18n.ts';
import { SubmitButton } from './FormActions.tsx';

export interface SignInFormProps {
  /** Show the password field first (the console's habit; the portal starts with the emailed link). */
  startWithPassword?: boolean;
  busy: boolean;
  /** A refusal, in words (see `signInProblemOf`). */
  problem: string | null;
  /** `password` is null when the person asked for an emailed link. */
  onSubmit(email: string, password: string | null): void;
}

export function SignInForm({ startWithPassword = false, busy, problem, onSubmit }: SignInFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [withPassword, setWithPassword] = useState(startWithPassword);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(email, withPassword ? password : null);
  }

  return (
    <>
      <form onSubmit={submit}>
        <Credential kind="email" label={t('kit.signIn.email')} value={email} onChange={setEmail} />
        {withPassword && (
          <Credential kind="password" label={t('kit.signIn.password')} value={password} onChange={setPassword} />
        )}
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <SubmitButton sending={busy}>{withPassword ? t('kit.signIn.signIn') : t('kit.signIn.sendLink')}</SubmitButton>
      </form>
      <p>
        <button type="button" className="link-button" onClick={() => setWithPassword(!withPassword)}>
          {withPassword ? t('kit.signIn.preferLink') : t('kit.signIn.preferPassword')}
        </button>
      </p>
    </>
  );
}

/** What a password manager fills each field with: the account's name is its address. */
const AUTOCOMPLETE = { email: 'username', password: 'current-password' } as const;

/** One of the form's two required fields, labelled (its id is `sign-in-<kind>`). */
function Credential({
  kind,
  label,
  value,
  onChange,
}: {
  kind: keyof typeof AUTOCOMPLETE;
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  const id = `sign-in-${kind}`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={kind}
        autoComplete={AUTOCOMPLETE[kind]}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/** Once a link is sent: where it went (or would have: the answer is the same for unknown addresses). */
export function LinkSentNotice({ email, onAnotherAddress }: { email: string; onAnotherAddress(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status">{t('kit.signIn.linkSent', { email })}</p>
      <button type="button" className="secondary" onClick={onAnotherAddress}>
        {t('kit.signIn.useAnotherAddress')}
      </button>
    </>
  );
}

/** What a refused sign-in means, from the API's error code (docs/errors.md). */
export function signInProblem(t: Translate, code: string | undefined): string {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return t('kit.signIn.invalidCredentials');
    case 'RATE_LIMITED':
      return t('kit.signIn.tooMany');
    case 'BAD_USER_INPUT':
    case 'VALIDATION_FAILED':
      return t('kit.signIn.invalidEmail');
    default:
      return t('kit.failed');
  }
}

/** The shape of a sign-in mutation's answer the kit reads: the payload (a success or a typed error) and urql's error. */
type SignInPayload = { __typename?: string; code?: unknown } | null | undefined;
type RequestError = { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined;

/**
 * What to say when signing in (or asking for a link) did not succeed, from the answer itself: the
 * payload's error code, a ValidationError (the address), else the request's refusal (RATE_LIMITED…).
 */
export function signInProblemOf(t: Translate, payload: SignInPayload, error: RequestError): string {
  const code =
    typeof payload?.code === 'string'
      ? payload.code
      : payload?.__typename === 'ValidationError'
        ? 'BAD_USER_INPUT'
        : error?.graphQLErrors[0]?.extensions?.code;
  return signInProblem(t, typeof code === 'string' ? code : undefined);
}

/** The `retour` address to go back to after signing in, only when it is a path of this site. */
export function safeReturnPath(back: string | null, fallback: string): string {
  if (!back || !back.startsWith('/') || back.startsWith('//') || back.startsWith('/\\')) return fallback;
  return back;
}
