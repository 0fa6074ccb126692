// The settings' "Emails" section: each kind of notification with its choice, and a box that
// saves at once (in-app only or also by email) and says so, in French.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmailSection } from '../../src/settings/EmailSection.tsx';
import { mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);

const KINDS = [
  'WORKSHOP_PROMOTED',
  'WORKSHOP_UPDATED',
  'WORKSHOP_CANCELLED',
  'WORKSHOP_REMINDER',
  'INTRODUCTION_ACCEPTED',
  'COLLECTIVE_INVITED',
  'RECOMMENDATION_RECEIVED',
];
const prefs = (off: string[] = []) =>
  KINDS.map((kind) => ({ __typename: 'EmailPreference', kind, email: !off.includes(kind) }));

describe('EmailSection', () => {
  it('shows every kind, and turning one off saves it and says so', async () => {
    const endpoint = stubEndpoint(
      (name, variables) => {
        if (name === 'MyEmailPreferences') return { data: { __typename: 'Query', myEmailPreferences: prefs() } };
        if (name === 'SetEmailPreference') {
          return mutation('setEmailPreference', {
            __typename: 'SetEmailPreferenceSuccess',
            preferences: prefs(variables.email ? [] : [variables.kind as string]),
          });
        }
        return 'pending';
      },
      { plain: true },
    );
    renderAt('/parametres', endpoint.client, <EmailSection />);
    const reminder = (await screen.findByLabelText(
      'Rappel la veille d’un atelier (avec le fichier .ics)',
    )) as HTMLInputElement;
    expect(reminder.checked).toBe(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(7);
    fireEvent.click(reminder);
    await screen.findByText('« Rappel la veille d’un atelier (avec le fichier .ics) » : dans le portail seulement.');
    expect(endpoint.calls('SetEmailPreference')[0]!.variables).toEqual({ kind: 'WORKSHOP_REMINDER', email: false });
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Rappel la veille d’un atelier (avec le fichier .ics)') as HTMLInputElement).checked,
      ).toBe(false),
    );
  });
});
