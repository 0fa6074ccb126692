import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { CollectivePage } from '../../src/collectives/CollectivePage.tsx';
import {
  commitment,
  commitmentsAnswer,
  DUE,
  entry,
  journalAnswer,
  NEXT_YEAR,
  pageAnswer,
  pageCollective,
  SLUG,
} from '@ekoacteurs/client/test-fixtures/collectives';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);

function show(page: Answer, more: (name: string, variables: Record<string, unknown>) => Answer = () => 'pending') {
  const endpoint = stubEndpoint(
    (name, variables) => {
      if (name === 'CollectivePage') return page;
      if (name === 'CollectiveCommitments') return commitmentsAnswer([commitment()]);
      if (name === 'CollectiveJournal') return journalAnswer(variables.kind === 'SUCCESS' ? [] : [entry()]);
      return more(name, variables);
    },
    { plain: true },
  );
  const view = renderAt(
    `/mes-collectifs/${SLUG}`,
    endpoint.client,
    <Route path="/mes-collectifs/:slug">
      <CollectivePage />
    </Route>,
  );
  return { ...endpoint, ...view };
}

describe('A collective’s page', () => {
  it('says it is loading, and explains when the collective does not exist', async () => {
    show('pending');
    expect(screen.getByText('Chargement du collectif…')).toBeTruthy();
    cleanup();
    show(pageAnswer(null));
    const title = await screen.findByRole('heading', { level: 1, name: 'Collectif introuvable' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByRole('link', { name: 'Parcourir les collectifs à rejoindre' })).toBeTruthy();
  });

  it('gives coordinators what they manage: details, charter, roles, requests, invitations, commitments, journal', async () => {
    const { calls } = show(pageAnswer());
    const title = await screen.findByRole('heading', { level: 1, name: 'Coopérative des images' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByRole('navigation', { name: 'Rubriques du collectif' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier les informations' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archiver le collectif' })).toBeTruthy();
    // The charter, with keyboard-reachable reordering.
    expect(screen.getByRole('button', { name: 'Monter l’accord 1' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Descendre l’accord 1' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Retirer l’accord 2' })).toBeTruthy();
    // Members with roles and responsibilities; the request waiting; the invitation form.
    const members = screen.getByRole('region', { name: 'Membres (2)' });
    expect(within(members).getByText('Anime les réunions.')).toBeTruthy();
    expect(within(members).getByRole('button', { name: 'Rôle et responsabilités de Adel Rahmani' })).toBeTruthy();
    expect(within(members).getByRole('heading', { name: 'Une demande pour rejoindre le collectif' })).toBeTruthy();
    expect(within(members).getByRole('button', { name: 'Accepter la demande de Awa Camara' })).toBeTruthy();
    expect(within(members).getByRole('heading', { name: 'Inviter un membre de la fédération' })).toBeTruthy();
    // Commitments and journal load on their own.
    await screen.findByRole('heading', { level: 3, name: 'Envoyer le devis commun' });
    await screen.findByRole('heading', { level: 3, name: 'Un devis refusé' });
    expect(calls('CollectiveCommitments')[0]!.variables).toEqual({ slug: SLUG, first: 10, after: null });
  });

  it('keeps management from members, who still commit themselves and write in the journal', async () => {
    const base = pageCollective();
    show(pageAnswer({ ...base, viewerMembership: { ...base.viewerMembership!, role: 'MEMBER' } }));
    await screen.findByRole('heading', { level: 1, name: 'Coopérative des images' });
    expect(screen.queryByRole('button', { name: 'Modifier les informations' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Monter l’accord/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Accepter la demande/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Inviter un membre de la fédération' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quitter le collectif' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un engagement' }));
    expect(screen.getByText('Vous vous engagez vous-même.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Écrire dans le journal' })).toBeTruthy();
  });

  it('asks other members of the federation to accept the charter to join', async () => {
    const { calls } = show(
      pageAnswer(pageCollective({ viewerMembership: null, description: null, memberships: null })),
      () => 'pending',
    );
    await screen.findByRole('heading', { level: 1, name: 'Coopérative des images' });
    expect(screen.getByText('Nous partageons les commandes à parts égales.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Engagements' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Journal' })).toBeNull();
    const join = screen.getByRole('region', { name: 'Rejoindre « Coopérative des images »' });
    fireEvent.change(within(join).getByLabelText(/Ce que vous apporteriez au collectif/), {
      target: { value: 'Des photos.' },
    });
    fireEvent.click(within(join).getByRole('button', { name: 'Demander à rejoindre' }));
    expect(within(join).getByText(/Cochez la case pour accepter la charte/)).toBeTruthy();
    expect(calls('CollectiveJoinRequest')).toHaveLength(0);
    fireEvent.click(
      within(join).getByRole('checkbox', { name: 'J’ai lu la charte de « Coopérative des images » et je l’accepte' }),
    );
    fireEvent.click(within(join).getByRole('button', { name: 'Demander à rejoindre' }));
    await waitFor(() => expect(calls('CollectiveJoinRequest')).toHaveLength(1));
    expect(calls('CollectiveJoinRequest')[0]!.variables).toEqual({
      collectiveId: pageCollective().id,
      acceptCharter: true,
      message: 'Des photos.',
    });
  });

  it('tells that an archived collective no longer changes', async () => {
    show(pageAnswer(pageCollective({ status: 'ARCHIVED', archivedAt: '2026-04-01T10:00:00.000Z' })));
    await screen.findByText('Ce collectif est archivé depuis le 1 avril 2026 : il reste lisible mais ne change plus.');
    expect(screen.queryByRole('button', { name: 'Archiver le collectif' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter un engagement' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Écrire dans le journal' })).toBeNull();
  });

  it('renegotiating a commitment needs a new date, other than the current one', async () => {
    const { calls } = show(pageAnswer(), () => 'pending');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Changer le statut de l’engagement « Envoyer le devis commun »' }),
    );
    fireEvent.change(screen.getByLabelText('Nouveau statut'), { target: { value: 'RENEGOTIATED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByLabelText('Nouvelle date convenue').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText('Nouvelle date convenue'), { target: { value: DUE } });
    expect(screen.getByText('Choisissez une date différente de l’actuelle.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nouvelle date convenue'), { target: { value: '2020-01-01' } });
    expect(screen.getByText('Choisissez aujourd’hui ou une date à venir.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nouvelle date convenue'), { target: { value: `${NEXT_YEAR}-04-01` } });
    fireEvent.change(screen.getByLabelText(/Un mot pour le collectif/), { target: { value: 'Le client a décalé.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(calls('CollectiveCommitmentChange')).toHaveLength(1));
    expect(calls('CollectiveCommitmentChange')[0]!.variables).toEqual({
      id: commitment().id,
      input: { status: 'RENEGOTIATED', dueOn: `${NEXT_YEAR}-04-01`, note: 'Le client a décalé.' },
    });
  });

  it('filters the journal by kind and says when a kind has no entry yet', async () => {
    const { calls } = show(pageAnswer());
    await screen.findByRole('heading', { level: 3, name: 'Un devis refusé' });
    fireEvent.click(screen.getByRole('radio', { name: 'Succès' }));
    await screen.findByText('Aucune entrée de type « Succès » pour l’instant.');
    expect(calls('CollectiveJournal').at(-1)!.variables).toEqual({
      slug: SLUG,
      first: 10,
      after: null,
      kind: 'SUCCESS',
    });
  });

  it('asks before archiving, with an optional reason', async () => {
    const { calls } = show(pageAnswer(), (name) =>
      name === 'CollectiveArchive'
        ? mutation('archiveCollective', {
            __typename: 'CollectiveSuccess',
            collective: {
              ...pageCollective(),
              __typename: 'Collective',
              status: 'ARCHIVED',
              archivedAt: '2026-04-01T10:00:00.000Z',
            },
          })
        : 'pending',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Archiver le collectif' }));
    const dialog = screen.getByRole('dialog', { name: 'Archiver « Coopérative des images » ?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText(/Pourquoi/)));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(calls('CollectiveArchive')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Archiver le collectif' }));
    fireEvent.change(within(screen.getByRole('dialog')).getByLabelText(/Pourquoi/), {
      target: { value: 'Le projet est terminé.' },
    });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Archiver définitivement' }));
    await waitFor(() => expect(calls('CollectiveArchive')).toHaveLength(1));
    expect(calls('CollectiveArchive')[0]!.variables).toEqual({
      id: pageCollective().id,
      reason: 'Le projet est terminé.',
    });
  });
});
