import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/collectives/catalogue.ts';
import { CreateCollectiveForm } from '../../src/collectives/CreateCollectiveForm.tsx';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);

function open(answer: (name: string, variables: Record<string, unknown>) => Answer = () => 'pending') {
  const endpoint = stubEndpoint(answer, { plain: true });
  const view = renderAt('/mes-collectifs', endpoint.client, <CreateCollectiveForm />);
  fireEvent.click(screen.getByRole('button', { name: 'Créer un collectif' }));
  return { ...endpoint, ...view };
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Creating a collective', () => {
  it('opens with focus on the first field', () => {
    open();
    expect(document.activeElement).toBe(screen.getByLabelText('Nom du collectif'));
  });

  it('checks as you type with the API’s rules, once a field was left', () => {
    open();
    const purpose = screen.getByLabelText('Sa raison d’être');
    type('Sa raison d’être', 'Trop bref');
    // Not before the field is left: typing is not interrupted.
    expect(purpose.getAttribute('aria-invalid')).toBe('false');
    fireEvent.blur(purpose);
    expect(purpose.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('Écrivez au moins 10 caractères (vous en avez 9).');
    expect(purpose.getAttribute('aria-describedby')).toContain(error.id);
    // Then every keystroke counts: trimmed, like the API.
    type('Sa raison d’être', '   Dix lettres   ');
    expect(purpose.getAttribute('aria-invalid')).toBe('false');
    type('Sa raison d’être', 'x'.repeat(501));
    expect(screen.getByText('Utilisez au plus 500 caractères (vous en avez 501).')).toBeTruthy();
  });

  it('sends nothing while a field is wrong, and focuses the first one', () => {
    const { sent } = open();
    type('Nom du collectif', 'A');
    fireEvent.click(screen.getByRole('button', { name: 'Créer le collectif' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Nom du collectif'));
    expect(screen.getByText('Écrivez au moins 2 caractères (vous en avez 1).')).toBeTruthy();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(sent.filter((s) => s.name === 'CollectiveCreate')).toHaveLength(0);
  });

  it('sends the charter in order, leaving empty lines out, and shows the API’s field errors where they belong', async () => {
    const { calls } = open(() =>
      mutation('createCollective', {
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'Some fields are invalid: see fieldErrors.',
        fieldErrors: [
          { __typename: 'FieldError', path: ['input', 'name'], message: 'This name is taken.' },
          { __typename: 'FieldError', path: ['input', 'charter', '1'], message: 'Use at most 1000 characters.' },
        ],
      }),
    );
    type('Nom du collectif', 'Coopérative des images');
    type('Sa raison d’être', 'Répondre ensemble aux commandes d’images.');
    type('Accord 1', 'Nous partageons les commandes.');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un accord' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Accord 2')));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un accord' }));
    type('Accord 3', 'Nous nous prévenons avant toute absence.');
    fireEvent.click(screen.getByRole('button', { name: 'Créer le collectif' }));

    await waitFor(() => expect(calls('CollectiveCreate')).toHaveLength(1));
    expect(calls('CollectiveCreate')[0]!.variables).toEqual({
      input: {
        name: 'Coopérative des images',
        purpose: 'Répondre ensemble aux commandes d’images.',
        region: null,
        description: null,
        charter: ['Nous partageons les commandes.', 'Nous nous prévenons avant toute absence.'],
      },
    });
    // "charter.1" is the second agreement sent, which was the third line.
    await screen.findByText('Use at most 1000 characters.');
    expect(screen.getByLabelText('Accord 3').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Accord 1').getAttribute('aria-invalid')).toBe('false');
    const name = screen.getByLabelText('Nom du collectif');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This name is taken.').id).toBe('create-collective-name-error');
    await waitFor(() => expect(document.activeElement).toBe(name));
    // Editing the field clears the API's complaint.
    type('Nom du collectif', 'Coopérative des images de Bretagne');
    expect(screen.queryByText('This name is taken.')).toBeNull();
  });
});
