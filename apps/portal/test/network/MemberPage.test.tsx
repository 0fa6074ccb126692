// /reseau/:handle: a member from inside — contact details only after an accepted introduction;
// recommending them (checks as you type, the API's refusal explained); asking for an introduction.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { MemberPage } from '../../src/network/MemberPage.tsx';
import { card, introduction, recommendation } from '@ekoacteurs/client/test-fixtures/network';
import { mutation, query, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

function elodie(extra: Record<string, unknown> = {}) {
  return {
    ...card('elodie-faure', 'Élodie Faure'),
    bio: 'Rédactrice à Rennes.',
    canDo: 'Rédiger des rapports.',
    cannotDo: '',
    wishes: 'Travailler avec une graphiste.',
    paceNote: 'Le jeudi.',
    contact: null,
    collectives: [
      {
        __typename: 'CollectiveMembership',
        id: 'Q006MQ==',
        role: 'COORDINATOR',
        collective: { __typename: 'Collective', id: 'Q29sOjE=', slug: 'com-engagee', name: 'Com’ Engagée' },
      },
    ],
    ...extra,
  };
}

const page = (client: Parameters<typeof renderAt>[1]) =>
  renderAt(
    '/reseau/elodie-faure',
    client,
    <Route path="/reseau/:handle">
      <MemberPage />
    </Route>,
  );

describe('MemberPage', () => {
  it('hides contact details until an introduction is accepted, then shows them', async () => {
    const { client } = stubEndpoint(
      (name) =>
        name === 'NetworkMember'
          ? query({ viewer: { __typename: 'Member', id: VIEWER_ID }, member: elodie() })
          : 'pending',
      { plain: true },
    );
    page(client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Élodie Faure' })).toBeTruthy();
    expect(screen.getByText(/Ses coordonnées apparaîtront ici/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Com’ Engagée' }).getAttribute('href')).toBe('/collectifs/com-engagee');
    cleanup();

    const { client: after } = stubEndpoint(
      (name) =>
        name === 'NetworkMember'
          ? query({
              viewer: { __typename: 'Member', id: VIEWER_ID },
              member: elodie({
                contact: {
                  __typename: 'MemberContact',
                  email: 'elodie@example.fr',
                  websiteUrl: null,
                  linkedinUrl: null,
                },
              }),
            })
          : 'pending',
      { plain: true },
    );
    page(after);
    expect((await screen.findByRole('link', { name: 'elodie@example.fr' })).getAttribute('href')).toBe(
      'mailto:elodie@example.fr',
    );
    expect(screen.queryByRole('button', { name: 'Demander une mise en relation' })).toBeNull();
  });

  it('says when nobody has this address', async () => {
    const { client } = stubEndpoint(
      (name) =>
        name === 'NetworkMember' ? query({ viewer: { __typename: 'Member', id: VIEWER_ID }, member: null }) : 'pending',
      { plain: true },
    );
    page(client);
    expect(await screen.findByRole('heading', { name: 'Membre introuvable' })).toBeTruthy();
  });

  it('recommends them to a client: checks as you type, then confirms and links to the follow-up', async () => {
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'NetworkMember') return query({ viewer: { __typename: 'Member', id: VIEWER_ID }, member: elodie() });
      if (name === 'RecommendationSend')
        return mutation('recommendMember', {
          __typename: 'RecommendationSuccess',
          recommendation: recommendation({ id: 'UmVjbzo5' }),
        });
      return 'pending';
    });
    page(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Recommander Élodie Faure' }));
    const note = screen.getByLabelText('Pourquoi ce membre ?');
    fireEvent.change(note, { target: { value: 'Bien' } });
    expect(screen.getByText('Écrivez au moins 10 caractères (vous en avez 4).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la recommandation' }));
    const client_ = screen.getByLabelText('Nom du client');
    await waitFor(() => expect(document.activeElement).toBe(client_));
    expect(calls('RecommendationSend')).toHaveLength(0);

    fireEvent.change(client_, { target: { value: 'Mairie de Rennes' } });
    fireEvent.change(note, { target: { value: 'Elle écrit très bien les rapports annuels.' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Envoyer la recommandation' })));
    expect(calls('RecommendationSend')[0]!.variables.input).toEqual({
      memberId: elodie().id,
      clientName: 'Mairie de Rennes',
      note: 'Elle écrit très bien les rapports annuels.',
    });
    expect(await screen.findByText('Recommandation envoyée : Élodie Faure est prévenu·e.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Suivre mes recommandations' }).getAttribute('href')).toBe(
      '/mises-en-relation',
    );
  });

  it('asks for an introduction, and explains the API’s refusal', async () => {
    let refuse = true;
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'NetworkMember') return query({ viewer: { __typename: 'Member', id: VIEWER_ID }, member: elodie() });
      if (name === 'IntroductionRequest') {
        return refuse
          ? mutation('requestIntroduction', {
              __typename: 'ConflictError',
              message: 'You already asked Élodie Faure; they have not answered yet.',
            })
          : mutation('requestIntroduction', { __typename: 'IntroductionSuccess', introduction: introduction() });
      }
      return 'pending';
    });
    page(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Demander une mise en relation' }));
    fireEvent.change(screen.getByLabelText('Votre message'), {
      target: { value: 'Bonjour, je suis graphiste et je cherche une rédactrice.' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' })));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You already asked Élodie Faure');
    refuse = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' })));
    expect(await screen.findByText('Demande envoyée : Élodie Faure est prévenu·e et vous répondra.')).toBeTruthy();
    expect(calls('IntroductionRequest')[1]!.variables).toEqual({
      memberId: elodie().id,
      message: 'Bonjour, je suis graphiste et je cherche une rédactrice.',
    });
  });
});
