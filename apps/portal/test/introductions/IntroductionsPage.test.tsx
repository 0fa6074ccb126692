// /mises-en-relation: answering a request (accept with a word; decline only after a confirmation),
// the contact details once accepted, recommendations' outcome, empty states.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IntroductionsPage } from '../../src/introductions/IntroductionsPage.tsx';
import {
  introduction,
  myIntroductions,
  myRecommendations,
  recommendation,
} from '@ekoacteurs/client/test-fixtures/network';
import { mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);

describe('IntroductionsPage', () => {
  it('says what to do when there is nothing yet', async () => {
    const { client } = stubEndpoint((name) =>
      name === 'MyIntroductions'
        ? myIntroductions([], [])
        : name === 'MyRecommendations'
          ? myRecommendations([], [])
          : 'pending',
    );
    renderAt('/mises-en-relation', client, <IntroductionsPage />);
    expect(await screen.findByText('Aucune demande reçue pour l’instant.')).toBeTruthy();
    expect(await screen.findByText('Vous n’avez encore recommandé personne.')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Parcourir le réseau' })).toHaveLength(2);
  });

  it('accepts a request with a word: the status and contact details show, and it is announced', async () => {
    const accepted = introduction({
      status: 'ACCEPTED',
      responseMessage: 'Avec plaisir !',
      respondedAt: '2026-03-03T09:00:00.000Z',
      contact: { __typename: 'MemberContact', email: 'elodie@example.fr', websiteUrl: null, linkedinUrl: null },
    });
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'MyIntroductions') return myIntroductions([introduction()], []);
      if (name === 'MyRecommendations') return myRecommendations([], []);
      if (name === 'IntroductionAccept')
        return mutation('acceptIntroduction', { __typename: 'IntroductionSuccess', introduction: accepted });
      return 'pending';
    });
    renderAt('/mises-en-relation', client, <IntroductionsPage />);
    const card = await screen.findByRole('article', { name: /Élodie Faure/ });
    expect(card.textContent).toContain('En attente');
    fireEvent.change(within(card).getByLabelText('Un mot pour Élodie Faure (facultatif)'), {
      target: { value: 'Avec plaisir !' },
    });
    await act(async () => fireEvent.click(within(card).getByRole('button', { name: 'Accepter' })));
    expect(calls('IntroductionAccept')[0]!.variables).toEqual({ id: 'SW50cm86MQ==', message: 'Avec plaisir !' });
    await waitFor(() =>
      expect(screen.getByRole('article', { name: /Élodie Faure/ }).textContent).toContain('Acceptée'),
    );
    expect(screen.getByRole('link', { name: 'elodie@example.fr' })).toBeTruthy();
    expect(
      screen.getByText('Demande de Élodie Faure acceptée : vous voyez désormais vos coordonnées respectives.'),
    ).toBeTruthy();
  });

  it('declines only after a confirmation', async () => {
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'MyIntroductions') return myIntroductions([introduction()], []);
      if (name === 'MyRecommendations') return myRecommendations([], []);
      if (name === 'IntroductionDecline')
        return mutation('declineIntroduction', {
          __typename: 'IntroductionSuccess',
          introduction: introduction({ status: 'DECLINED' }),
        });
      return 'pending';
    });
    renderAt('/mises-en-relation', client, <IntroductionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Décliner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Décliner la demande de Élodie Faure ?' });
    expect(calls('IntroductionDecline')).toHaveLength(0);
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Décliner' })));
    await waitFor(() => expect(calls('IntroductionDecline')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByRole('article', { name: /Élodie Faure/ }).textContent).toContain('Déclinée'),
    );
  });

  it('lets the recipient take up a recommendation, then set its outcome', async () => {
    const { client, calls } = stubEndpoint((name, variables) => {
      if (name === 'MyIntroductions') return myIntroductions([], []);
      if (name === 'MyRecommendations') return myRecommendations([recommendation()], []);
      if (name === 'RecommendationAcknowledge')
        return mutation('acknowledgeRecommendation', {
          __typename: 'RecommendationSuccess',
          recommendation: recommendation({ status: 'ACKNOWLEDGED' }),
        });
      if (name === 'RecommendationOutcomeSet') {
        const input = variables.input as { note: string };
        return mutation('setRecommendationOutcome', {
          __typename: 'RecommendationSuccess',
          recommendation: recommendation({ status: 'WON', outcomeNote: input.note }),
        });
      }
      return 'pending';
    });
    renderAt('/mises-en-relation', client, <IntroductionsPage />);
    const takeUp = await screen.findByRole('button', { name: 'Je la prends en compte' });
    await act(async () => fireEvent.click(takeUp));
    fireEvent.click(await screen.findByRole('radio', { name: 'Gagnée : elle a mené à du travail' }));
    fireEvent.change(screen.getByLabelText('Un mot pour Élodie Faure (facultatif)'), {
      target: { value: 'Merci, contrat signé !' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’issue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer cette issue ?' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer l’issue' })));
    expect(calls('RecommendationOutcomeSet')[0]!.variables.input).toEqual({
      id: 'UmVjbzox',
      outcome: 'WON',
      note: 'Merci, contrat signé !',
    });
    expect(await screen.findByText('Issue enregistrée : Gagnée.')).toBeTruthy();
    expect(screen.getByText('Merci, contrat signé !')).toBeTruthy();
  });
});
