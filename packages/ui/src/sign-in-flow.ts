// What both sign-in screens (the portal's and the console's) do with the form's answer: run the
// password sign-in or ask for an emailed link, say a refusal in words, remember where a link went,
// and hand a success to the app, which decides what signed in means (the console checks the admin
// role). The app passes urql's two mutation executors; the kit reads only the answers' shape.
import { useState } from 'react';
import { useTranslation } from './i18n.ts';
import { signInProblemOf } from './SignIn.tsx';

type RequestError = { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined;
/** A mutation executor as urql's useMutation gives it, reduced to what is read here. */
type Run<Variables, Data> = (variables: Variables) => Promise<{ data?: Data | undefined; error?: RequestError }>;
/** A payload that is a success or a typed error (its `code`). */
type Payload = { __typename?: string; code?: unknown } | null | undefined;

export interface SignInRequests<Answer extends Payload> {
  signInWithPassword: Run<{ email: string; password: string }, { signInWithPassword: Answer }>;
  requestSignInLink: Run<{ email: string }, { requestSignInLink: Payload }>;
}

export interface SignInFlow {
  busy: boolean;
  /** The last refusal, in words; null when there is none. */
  problem: string | null;
  /** Where the link was sent, once it was. */
  sentTo: string | null;
  /** The form's answer: `password` null asks for an emailed link. */
  submit(email: string, password: string | null): void;
  /** Back to the form after a link was sent. */
  anotherAddress(): void;
}

/** `Answer` is the password sign-in's payload union; its `SignInSuccess` member goes to `onSignedIn`. */
export function useSignInFlow<Answer extends Payload>(
  requests: SignInRequests<Answer>,
  onSignedIn: (success: Extract<Answer, { __typename: 'SignInSuccess' }>) => void,
): SignInFlow {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function run(email: string, password: string | null) {
    if (password !== null) {
      const result = await requests.signInWithPassword({ email, password });
      const payload = result.data?.signInWithPassword;
      if (payload?.__typename === 'SignInSuccess')
        return onSignedIn(payload as Extract<Answer, { __typename: 'SignInSuccess' }>);
      return setProblem(signInProblemOf(t, payload, result.error));
    }
    const result = await requests.requestSignInLink({ email });
    const payload = result.data?.requestSignInLink;
    if (payload?.__typename === 'EmailSentSuccess') return setSentTo(email);
    setProblem(signInProblemOf(t, payload, result.error));
  }

  return {
    busy,
    problem,
    sentTo,
    submit(email, password) {
      setProblem(null);
      setBusy(true);
      void run(email, password)
        .catch(() => setProblem(signInProblemOf(t, undefined, undefined)))
        .finally(() => setBusy(false));
    },
    anotherAddress: () => setSentTo(null),
  };
}
