// /profil, section "Visibilité": the member's current choices shown, changed with the keyboard-
// reachable radios and checkboxes (the Fediverse opt-in among them), sent as one setVisibility,
// confirmed aloud.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VisibilityForm } from '../../src/profile/VisibilityForm.tsx';
import { mutation, query, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

const viewer = (listing: string, publicFields: string[], published: boolean) => ({
  __typename: 'Member',
  id: VIEWER_ID,
  handle: 'camille-martin',
  listing,
  publicFields,
  fediverse: false,
  page: { __typename: 'VisibilityPage', id: 'UGFnZTox', published },
});

describe('VisibilityForm', () => {
  it('starts from the stored choice (members only by default) and sends the new one', async () => {
    const { client, calls } = stubEndpoint((name, variables) => {
      if (name === 'MyVisibility') return query({ viewer: viewer('MEMBERS', [], true) });
      if (name === 'VisibilitySet') {
        return mutation('setVisibility', {
          __typename: 'ProfileSuccess',
          member: {
            __typename: 'Member',
            id: VIEWER_ID,
            listing: variables.listing,
            publicFields: variables.publicFields,
            fediverse: variables.fediverse,
          },
        });
      }
      return 'pending' as const;
    });
    renderAt('/profil', client, <VisibilityForm />);
    const membersOnly = (await screen.findByLabelText(/Les membres seulement/)) as HTMLInputElement;
    expect(membersOnly.checked).toBe(true);
    // The parts only matter once visitors may find you.
    const place = screen.getByLabelText('Ville et région') as HTMLInputElement;
    expect(place.disabled || place.closest('fieldset')!.disabled).toBe(true);

    fireEvent.click(screen.getByLabelText(/Tout le monde, visiteurs compris/));
    fireEvent.click(screen.getByLabelText('Compétences et niveaux'));
    fireEvent.click(screen.getByLabelText('Ville et région'));
    // Followable from the Fediverse: off until ticked.
    const fediverse = screen.getByLabelText(/Être suivi·e depuis le Fédivers/) as HTMLInputElement;
    expect(fediverse.checked).toBe(false);
    fireEvent.click(fediverse);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer ma visibilité' }));
    await waitFor(() => expect(calls('VisibilitySet')).toHaveLength(1));
    expect(calls('VisibilitySet')[0]!.variables).toEqual({
      listing: 'VISITORS',
      publicFields: ['PLACE', 'SKILLS'],
      fediverse: true,
    });
    expect(await screen.findByText('Visibilité enregistrée : tout le monde, visiteurs compris.')).toBeTruthy();
  });

  it('warns that visitors will not see you while your page is offline', async () => {
    const { client } = stubEndpoint((name) =>
      name === 'MyVisibility' ? query({ viewer: viewer('VISITORS', ['PLACE'], false) }) : ('pending' as const),
    );
    renderAt('/profil', client, <VisibilityForm />);
    const place = (await screen.findByLabelText('Ville et région')) as HTMLInputElement;
    await waitFor(() => expect(place.checked).toBe(true));
    expect(screen.getByText(/Votre page publique n’est pas en ligne/)).toBeTruthy();
  });
});
