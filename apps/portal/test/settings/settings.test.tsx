import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../src/settings/SettingsPage.tsx';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { viewerAnswer } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

const session = (id: string, current: boolean, userAgent: string) => ({
  __typename: 'Session',
  id,
  current,
  createdAt: '2026-03-01T09:00:00.000Z',
  lastSeenAt: '2026-03-02T09:00:00.000Z',
  expiresAt: '2026-04-01T09:00:00.000Z',
  ip: '192.0.2.1',
  userAgent,
});
const token = (id: string, name: string, extra: object = {}) => ({
  __typename: 'ApiToken',
  id,
  name,
  prefix: 'eko_ab12',
  kind: 'PERSONAL',
  scopes: ['READ_NETWORK'],
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...extra,
});

const settings = (hasPassword = false) =>
  viewerAnswer({
    hasPassword,
    sessions: [
      session(
        's-here',
        true,
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
      ),
      session('s-old', false, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0'),
    ],
    apiTokens: [token('t-1', 'Tableur de suivi'), token('t-feed', 'calendar-feed', { scopes: [] })],
  });

function setup(answer: (name: string, variables: Record<string, unknown>) => Answer | undefined, hasPassword = false) {
  const endpoint = stubEndpoint(
    (name, variables) => answer(name, variables) ?? (name === 'MySettings' ? settings(hasPassword) : 'pending'),
  );
  renderAt('/parametres', endpoint.client, <SettingsPage />);
  return endpoint;
}

describe('SettingsPage', () => {
  it('lists sessions (this device marked) and tokens (not the calendar feed)', async () => {
    setup(() => undefined);
    await screen.findByText('Chrome · Linux');
    expect(screen.getByText('Cet appareil')).toBeTruthy();
    expect(screen.getByText('Firefox · Windows')).toBeTruthy();
    expect(screen.getByText('Tableur de suivi')).toBeTruthy();
    expect(screen.queryByText('calendar-feed')).toBeNull();
    expect(screen.getByText(/Jamais utilisé/)).toBeTruthy();
  });

  it('ends another session at once (optimistic), after confirming', async () => {
    const { calls } = setup((name) => (name === 'EndSession' ? 'pending' : undefined));
    fireEvent.click(await screen.findByRole('button', { name: /Fermer la session Firefox · Windows/ }));
    expect(calls('EndSession')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Oui, fermer la session' }));
    await waitFor(() => expect(screen.queryByText('Firefox · Windows')).toBeNull());
    expect(calls('EndSession')[0]!.variables).toEqual({ id: 's-old' });
  });

  it('creates a token: validates as you type, shows the secret once with a warning, adds it to the list', async () => {
    const { calls } = setup((name, variables) => {
      if (name !== 'CreatePersonalToken') return undefined;
      const input = variables.input as { name: string; scopes: string[] };
      return mutation('createPersonalToken', {
        __typename: 'CreateApiTokenSuccess',
        secret: 'eko_secret_123',
        token: token('t-2', input.name, { scopes: input.scopes, prefix: 'eko_se' }),
      });
    });
    const field = await screen.findByLabelText('Nom du jeton');
    fireEvent.change(field, { target: { value: 'x' } });
    expect(screen.getByText('Donnez-lui un nom d’au moins 2 caractères.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: 'Site de la région' } });
    expect(field.getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(screen.getByLabelText('M’inscrire aux ateliers et les gérer'));
    fireEvent.click(screen.getByRole('button', { name: 'Créer le jeton' }));
    await screen.findByRole('heading', { name: 'Jeton « Site de la région » créé' });
    expect((screen.getByLabelText('Secret du jeton') as HTMLInputElement).value).toBe('eko_secret_123');
    expect(screen.getByText(/il ne sera plus jamais affiché/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copier le secret' })).toBeTruthy();
    const input = calls('CreatePersonalToken')[0]!.variables.input as {
      name: string;
      scopes: string[];
      expiresAt: string;
    };
    expect(input.name).toBe('Site de la région');
    expect(input.scopes).toEqual(['READ_NETWORK', 'WRITE_WORKSHOPS']);
    expect(new Date(input.expiresAt).getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    // The list gained it (cache update), newest first.
    expect(screen.getByRole('heading', { name: '2 jetons' })).toBeTruthy();
  });

  it('shows the API’s field errors where they belong', async () => {
    setup((name) =>
      name === 'CreatePersonalToken'
        ? mutation('createPersonalToken', {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Invalid input.',
            fieldErrors: [
              { __typename: 'FieldError', path: ['input', 'expiresAt'], message: 'Choose a date in the future.' },
            ],
          })
        : undefined,
    );
    fireEvent.change(await screen.findByLabelText('Nom du jeton'), { target: { value: 'Mon outil' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le jeton' }));
    await screen.findByText('Choose a date in the future.');
    expect(screen.getByLabelText('Expiration').getAttribute('aria-invalid')).toBe('true');
  });

  it('revokes a token after confirming', async () => {
    const { calls } = setup((name) =>
      name === 'RevokePersonalToken'
        ? mutation('revokeApiToken', token('t-1', 'Tableur de suivi', { revokedAt: '2026-03-05T09:00:00.000Z' }))
        : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Révoquer le jeton Tableur de suivi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, révoquer' }));
    await screen.findByText('Révoqué');
    expect(calls('RevokePersonalToken')[0]!.variables).toEqual({ id: 't-1' });
  });

  it('changes the password with the API’s rules, and says which sessions ended', async () => {
    const { calls } = setup(
      (name) =>
        name === 'SetPassword'
          ? mutation('setPassword', { __typename: 'SetPasswordSuccess', sessionsEnded: 1 })
          : undefined,
      true,
    );
    const next = await screen.findByLabelText('Nouveau mot de passe');
    fireEvent.change(next, { target: { value: 'court' } });
    expect(screen.getByText('Au moins 12 caractères.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Mot de passe actuel'), { target: { value: 'ancien mot de passe' } });
    fireEvent.change(next, { target: { value: 'une phrase assez longue' } });
    fireEvent.change(screen.getByLabelText('Nouveau mot de passe, encore une fois'), {
      target: { value: 'une phrase assez longue' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((s) => s.textContent === 'Mot de passe enregistré ; 1 autre session a été fermée.'),
      ).toBe(true),
    );
    expect(calls('SetPassword')[0]!.variables).toEqual({
      currentPassword: 'ancien mot de passe',
      newPassword: 'une phrase assez longue',
    });
    // Only this device stays in the list.
    expect(screen.queryByText('Firefox · Windows')).toBeNull();
  });
});
