// Signing in, as both apps show it: an emailed link by default (or the password first, as the
// console asks), the password only when chosen, a refusal in words, and a return address that can
// only be a page of this site (never `//elsewhere.example`, an open redirect).
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentTranslation } from '../src/i18n.ts';
import type kit from '../src/kit.fr.json';
import { createTranslator } from '../src/translator.ts';
import { SignInForm, safeReturnPath, signInProblem, signInProblemOf } from '../src/SignIn.tsx';
import { useSignInFlow } from '../src/sign-in-flow.ts';

afterEach(cleanup);

describe('sign-in form', () => {
  it('asks for an emailed link by default, and for the password once chosen', () => {
    const submit = vi.fn<(email: string, password: string | null) => void>();
    render(<SignInForm busy={false} problem={null} onSubmit={submit} />);
    expect(screen.queryByLabelText('Mot de passe')).toBeNull();
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: 'camille@exemple.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Recevoir un lien de connexion' }));
    expect(submit).toHaveBeenLastCalledWith('camille@exemple.fr', null);

    fireEvent.click(screen.getByRole('button', { name: 'Utiliser mon mot de passe' }));
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'un mot de passe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(submit).toHaveBeenLastCalledWith('camille@exemple.fr', 'un mot de passe');
  });

  it('starts with the password when asked, and shows a refusal as an alert', () => {
    render(
      <SignInForm
        startWithPassword
        busy
        problem={signInProblem(currentTranslation().t, 'INVALID_CREDENTIALS')}
        onSubmit={() => {}}
      />,
    );
    expect(screen.getByLabelText('Mot de passe')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Cette adresse et ce mot de passe ne correspondent pas. Vérifiez-les, ou recevez un lien par e-mail.',
    );
    expect(screen.getByRole('button', { name: 'Envoi…' })).toHaveProperty('disabled', true);
  });

  it('goes back only to a page of this site', () => {
    expect(safeReturnPath('/collectifs/com-engagee?onglet=journal', '/')).toBe(
      '/collectifs/com-engagee?onglet=journal',
    );
    for (const away of [
      '//evil.example/phish',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnPath(away, '/accueil')).toBe('/accueil');
    }
  });
});

describe('what a refused sign-in says', () => {
  // No catalogue: answers the key itself, so the test reads which sentence was chosen.
  const t = createTranslator<typeof kit>({}, 'fr');
  it('reads the payload’s code, a ValidationError, else the request’s refusal', () => {
    const invalid = { __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' };
    expect(signInProblemOf(t, invalid, undefined)).toBe('kit.signIn.invalidCredentials');
    expect(signInProblemOf(t, { __typename: 'ValidationError' }, undefined)).toBe('kit.signIn.invalidEmail');
    const limited = { graphQLErrors: [{ extensions: { code: 'RATE_LIMITED' } }] };
    expect(signInProblemOf(t, undefined, limited)).toBe('kit.signIn.tooMany');
    expect(signInProblemOf(t, null, undefined)).toBe('kit.failed');
  });
});

describe('what a submission does (both apps’ screens)', () => {
  type Answer =
    { __typename: 'SignInSuccess'; viewer: { role: string } } | { __typename: 'InvalidCredentialsError'; code: string };
  type PasswordRun = (variables: { email: string; password: string }) => Promise<{
    data: { signInWithPassword: Answer };
  }>;
  type LinkRun = (variables: { email: string }) => Promise<{ data: { requestSignInLink: { __typename: string } } }>;
  const requests = (answer: Answer, linkSent = true) => ({
    signInWithPassword: vi.fn<PasswordRun>(async () => ({ data: { signInWithPassword: answer } })),
    requestSignInLink: vi.fn<LinkRun>(async () => ({
      data: { requestSignInLink: { __typename: linkSent ? 'EmailSentSuccess' : 'ValidationError' } },
    })),
  });

  it('hands a password sign-in’s success to the app, and nothing else', async () => {
    const runs = requests({ __typename: 'SignInSuccess', viewer: { role: 'ADMIN' } });
    const signedIn = vi.fn<(success: Answer) => void>();
    const { result } = renderHook(() => useSignInFlow(runs, signedIn));
    act(() => result.current.submit('camille@exemple.fr', 'secret'));
    await waitFor(() =>
      expect(signedIn).toHaveBeenCalledWith({ __typename: 'SignInSuccess', viewer: { role: 'ADMIN' } }),
    );
    expect(runs.signInWithPassword).toHaveBeenCalledWith({ email: 'camille@exemple.fr', password: 'secret' });
    expect(runs.requestSignInLink).not.toHaveBeenCalled();
    expect(result.current.problem).toBeNull();
  });

  it('says a refusal in words, and clears it on the next try', async () => {
    const runs = requests({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' }, false);
    const signedIn = vi.fn<(success: Answer) => void>();
    const { result } = renderHook(() => useSignInFlow(runs, signedIn));
    act(() => result.current.submit('camille@exemple.fr', 'faux'));
    await waitFor(() =>
      expect(result.current.problem).toBe(signInProblem(currentTranslation().t, 'INVALID_CREDENTIALS')),
    );
    expect(signedIn).not.toHaveBeenCalled();
    act(() => result.current.submit('pas-une-adresse', null));
    expect(result.current.problem).toBeNull();
    await waitFor(() => expect(result.current.problem).toBe(signInProblem(currentTranslation().t, 'BAD_USER_INPUT')));
    expect(result.current.sentTo).toBeNull();
  });

  it('remembers where a link went, is busy meanwhile, and goes back to the form for another address', async () => {
    const runs = requests({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
    const { result } = renderHook(() => useSignInFlow(runs, () => {}));
    act(() => result.current.submit('camille@exemple.fr', null));
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(result.current.sentTo).toBe('camille@exemple.fr'));
    expect(result.current.busy).toBe(false);
    act(() => result.current.anotherAddress());
    expect(result.current.sentTo).toBeNull();
  });
});
