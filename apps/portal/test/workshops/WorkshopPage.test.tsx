import { fireEvent, screen, waitFor, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MyWorkshopsPage } from '../../src/workshops/MyWorkshopsPage.tsx';
import { WorkshopPage } from '../../src/workshops/WorkshopPage.tsx';
import { myWorkshops, payload, registration, workshop, WORKSHOP_ID } from './fixtures.ts';
import { mutation, query, settle, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);
const PATH = '/agenda/repondre-a-un-appel-d-offres-a-plusieurs';

/**
 * The full workshop's page and its registrations as the server keeps them: registering puts the
 * viewer third on the waitlist, cancelling takes them off it. Other operations are the test's.
 */
function registrationDesk() {
  let current = workshop();
  return (name: string) => {
    if (name === 'WorkshopDetail') return query({ workshop: current });
    if (name === 'RegisterForWorkshop') {
      const reg = registration();
      current = workshop({ waitlistCount: 3, viewerRegistration: reg });
      return mutation('registerForWorkshop', payload(reg, current));
    }
    if (name === 'CancelRegistration') {
      const reg = registration({
        status: 'CANCELLED',
        waitlistPosition: null,
        cancelledAt: '2099-11-01T10:00:00.000Z',
      });
      current = workshop({ waitlistCount: 2, viewerRegistration: reg });
      return mutation('cancelRegistration', payload(reg, current));
    }
    return undefined;
  };
}

describe('WorkshopPage', () => {
  it('shows the workshop: Paris time, place, facilitators, seats, calendar link', async () => {
    const { client } = stubEndpoint(() => ({ data: { __typename: 'Query', workshop: workshop() } }), { plain: true });
    renderAt(PATH, client, <WorkshopPage />);
    await screen.findByRole('heading', { level: 1, name: 'Répondre à un appel d’offres à plusieurs' });
    expect(screen.getByText(/jeudi 3 décembre 2099, 09:30 – 12:30/)).toBeTruthy();
    expect(screen.getByText('heure de Paris', { exact: false })).toBeTruthy();
    expect(screen.getByText('Maison des associations, Lyon')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Léa Dupont' }).getAttribute('href')).toBe('/membres/lea-dupont');
    expect(screen.getByText('Complet — liste d’attente ouverte')).toBeTruthy();
    expect(screen.getByText('Le lien de visio est donné aux participants confirmés.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).getAttribute('href')).toContain('.ics');
    expect(await screen.findByRole('button', { name: 'M’inscrire sur la liste d’attente' })).toBeTruthy();
  });

  it('says when the workshop does not exist, and how to go on', async () => {
    const { client } = stubEndpoint(() => ({ data: { __typename: 'Query', workshop: null } }), { plain: true });
    renderAt(PATH, client, <WorkshopPage />);
    await screen.findByRole('heading', { name: 'Atelier introuvable' });
    expect(screen.getByRole('link', { name: '← Retour à l’agenda' })).toBeTruthy();
  });

  it('explains a failure to load and retries', async () => {
    const { client, calls } = stubEndpoint(() => 'offline', { plain: true });
    renderAt(PATH, client, <WorkshopPage />);
    await screen.findByText('L’atelier n’a pas pu être chargé.');
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(calls('WorkshopDetail').length).toBe(2));
  });

  it('registers on the waitlist of a full workshop and says the position, then cancels after confirming', async () => {
    const desk = registrationDesk();
    const { client, calls } = stubEndpoint((name) => desk(name) ?? 'pending');
    renderAt(PATH, client, <WorkshopPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'M’inscrire sur la liste d’attente' }));
    // The panel changes from the payload (normalised cache), without reloading the workshop.
    const standing = await screen.findByText('Vous êtes sur la liste d’attente, position 3.');
    // Said once, where focus lands (not again in a "done" message above it).
    await waitFor(() => expect(document.activeElement).toBe(standing));
    expect(screen.queryByText(/C’est fait/)).toBeNull();
    expect(screen.getAllByText(/liste d’attente, position 3/)).toHaveLength(1);
    expect(calls('RegisterForWorkshop')[0]!.variables).toEqual({ workshopId: WORKSHOP_ID });
    expect(calls('WorkshopDetail')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Quitter la liste d’attente' }));
    // Nothing is sent before the member confirms.
    expect(calls('CancelRegistration')).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Annuler votre inscription ?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Oui, annuler' }));
    await screen.findByRole('button', { name: 'M’inscrire sur la liste d’attente' });
    expect(calls('CancelRegistration')).toHaveLength(1);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Votre inscription est annulée.')).toBe(true);
  });

  it('shows a refusal from the API where the member is', async () => {
    const { client } = stubEndpoint(
      (name) =>
        name === 'WorkshopDetail'
          ? { data: { __typename: 'Query', workshop: workshop() } }
          : mutation('registerForWorkshop', {
              __typename: 'ConflictError',
              code: 'CONFLICT',
              message: 'This workshop has already started: registrations are closed.',
            }),
      { plain: true },
    );
    renderAt(PATH, client, <WorkshopPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'M’inscrire sur la liste d’attente' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce n’est pas possible pour le moment.');
    expect(alert.textContent).toContain('registrations are closed');
  });

  it('asks for a rating after a completed workshop the member attended, validating as they go', async () => {
    const { client, calls } = stubEndpoint(
      (name) =>
        name === 'WorkshopDetail'
          ? {
              data: {
                __typename: 'Query',
                workshop: workshop({
                  status: 'COMPLETED',
                  viewerRegistration: registration({ status: 'CONFIRMED', waitlistPosition: null, attended: true }),
                }),
              },
            }
          : mutation('leaveWorkshopFeedback', {
              __typename: 'LeaveWorkshopFeedbackSuccess',
              registration: registration({
                status: 'CONFIRMED',
                waitlistPosition: null,
                attended: true,
                feedbackRating: 4,
                feedbackComment: 'Très utile',
                feedbackAt: '2099-12-04T10:00:00.000Z',
              }),
            }),
      { plain: true },
    );
    renderAt(PATH, client, <WorkshopPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Envoyer mon avis' }));
    expect(screen.getByText('Choisissez une note de 1 à 5.')).toBeTruthy();
    expect(calls('LeaveWorkshopFeedback')).toHaveLength(0);
    const comment = screen.getByLabelText(/Ce que vous en retenez/);
    fireEvent.change(comment, { target: { value: 'x'.repeat(2001) } });
    expect(screen.getByText('2000 caractères au plus.')).toBeTruthy();
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(comment, { target: { value: 'Très utile' } });
    fireEvent.click(screen.getByLabelText('4 — très bien'));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon avis' }));
    await waitFor(() => expect(calls('LeaveWorkshopFeedback')).toHaveLength(1));
    expect(calls('LeaveWorkshopFeedback')[0]!.variables).toEqual({
      workshopId: WORKSHOP_ID,
      rating: 4,
      comment: 'Très utile',
    });
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((s) => s.textContent === 'Merci, votre avis est enregistré.')).toBe(
        true,
      ),
    );
  });
});

describe('registrations and "My workshops" (real Graphcache)', () => {
  it('a registration shows up in My workshops, and a cancellation removes it, without refetching', async () => {
    const desk = registrationDesk();
    let listed = false;
    const { client, calls } = stubEndpoint((name) => {
      // Answered once: afterwards, what the list shows can only come from the cache updates.
      if (name === 'MyWorkshops') {
        if (listed) return 'pending';
        listed = true;
        return myWorkshops();
      }
      return desk(name) ?? 'pending';
    });
    const mine = renderAt('/mes-ateliers', client, <MyWorkshopsPage />);
    await screen.findByText('Vous n’êtes inscrit·e à aucun atelier pour le moment.');
    mine.unmount();

    const detail = renderAt(PATH, client, <WorkshopPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'M’inscrire sur la liste d’attente' }));
    await screen.findByText('Vous êtes sur la liste d’attente, position 3.');
    detail.unmount();

    const before = calls('MyWorkshops').length;
    const again = renderAt('/mes-ateliers', client, <MyWorkshopsPage />);
    await screen.findByRole('heading', { name: 'En liste d’attente (1)' });
    expect(screen.getByRole('link', { name: 'Répondre à un appel d’offres à plusieurs' })).toBeTruthy();
    expect(screen.getByText('Vous êtes sur la liste d’attente, position 3.')).toBeTruthy();
    await settle();
    again.unmount();

    renderAt(PATH, client, <WorkshopPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Quitter la liste d’attente' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, annuler' }));
    await screen.findByRole('button', { name: 'M’inscrire sur la liste d’attente' });
    cleanup();

    renderAt('/mes-ateliers', client, <MyWorkshopsPage />);
    await screen.findByRole('heading', { name: 'En liste d’attente (0)' });
    expect(screen.queryByText('Vous êtes sur la liste d’attente, position 3.')).toBeNull();
    expect(calls('MyWorkshops').length).toBeGreaterThanOrEqual(before);
  });
});
