import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MyCollectivesPage } from '../../src/collectives/MyCollectivesPage.tsx';
import { setLanguage } from '@ekoacteurs/ui/i18n.ts';
import { mine, SLUG, SUMMARY } from '@ekoacteurs/client/test-fixtures/collectives';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);

function show(answer: (name: string, variables: Record<string, unknown>) => Answer, graphcache = false) {
  const endpoint = stubEndpoint(answer, { plain: !graphcache });
  const view = renderAt('/mes-collectifs', endpoint.client, <MyCollectivesPage />);
  return { ...endpoint, ...view };
}

describe('My collectives', () => {
  it('says it is loading, then explains a failure and retries on demand', async () => {
    let fail = true;
    const { calls } = show((name) => (name === 'MyCollectives' ? (fail ? 'offline' : mine()) : 'pending'));
    expect(screen.getByText('Chargement de vos collectifs…').getAttribute('role')).toBe('status');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vos collectifs n’ont pas pu être chargés');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { name: 'Une invitation à rejoindre un collectif' });
    expect(calls('MyCollectives').length).toBe(2);
  });

  it('says what to do when the member belongs to no collective', async () => {
    show(() => mine({ pendingCollectiveMemberships: [] }));
    await screen.findByText(/Vous ne faites partie d’aucun collectif pour l’instant/);
    expect(screen.getByRole('link', { name: 'Parcourir les collectifs à rejoindre' }).getAttribute('href')).toBe(
      '/collectifs-a-rejoindre',
    );
    expect(screen.getByRole('button', { name: 'Créer un collectif' })).toBeTruthy();
  });

  it('shows an invitation with its charter, and accepts only with the charter explicitly accepted', async () => {
    const { calls } = show((name) =>
      name === 'MyCollectives'
        ? mine()
        : name === 'CollectiveInvitationAccept'
          ? mutation('acceptCollectiveInvitation', {
              __typename: 'ConflictError',
              code: 'CONFLICT',
              message: 'This invitation was already answered.',
            })
          : 'pending',
    );
    const invitation = await screen.findByRole('article', { name: 'Coopérative des images' });
    expect(
      within(invitation)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Nous partageons les commandes à parts égales.',
      'Nous nous prévenons une semaine avant toute absence.',
    ]);
    fireEvent.click(within(invitation).getByRole('button', { name: 'Accepter l’invitation' }));
    const box = within(invitation).getByRole('checkbox', {
      name: 'J’ai lu la charte de « Coopérative des images » et je l’accepte',
    });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(within(invitation).getByText(/Cochez la case pour accepter la charte/)).toBeTruthy();
    expect(calls('CollectiveInvitationAccept')).toHaveLength(0);

    fireEvent.click(box);
    fireEvent.click(within(invitation).getByRole('button', { name: 'Accepter l’invitation' }));
    await waitFor(() => expect(calls('CollectiveInvitationAccept')).toHaveLength(1));
    expect(calls('CollectiveInvitationAccept')[0]!.variables).toEqual({
      id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6OQ==',
      acceptCharter: true,
    });
    // A conflict says what happened and what to do, with the API's words as a detail.
    const alert = await within(invitation).findByRole('alert');
    expect(alert.textContent).toContain('la situation a changé entre-temps');
    expect(within(alert).getByText('This invitation was already answered.').getAttribute('lang')).toBe('en');
  });

  it('moves an accepted invitation into the member’s collectives, without a reload, and focuses it', async () => {
    const accepted = {
      __typename: 'CollectiveMembership' as const,
      id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6OQ==',
      role: 'MEMBER' as const,
      status: 'ACTIVE' as const,
      responsibilities: '',
      joinedAt: '2026-03-05T09:00:00.000Z',
      createdAt: '2026-03-01T09:00:00.000Z',
      charterAcceptedAt: '2026-03-05T09:00:00.000Z',
      member: {
        __typename: 'Member' as const,
        id: 'TWVtYmVyOmNhbWlsbGU=',
        handle: 'camille-martin',
        displayName: 'Camille Martin',
        headline: '',
      },
      collective: SUMMARY,
    };
    const { calls } = show(
      (name) =>
        name === 'MyCollectives'
          ? mine()
          : name === 'CollectiveInvitationAccept'
            ? mutation('acceptCollectiveInvitation', {
                __typename: 'CollectiveMembershipSuccess',
                membership: accepted,
              })
            : 'pending',
      true,
    );
    const invitation = await screen.findByRole('article', { name: 'Coopérative des images' });
    fireEvent.click(within(invitation).getByRole('checkbox'));
    fireEvent.click(within(invitation).getByRole('button', { name: 'Accepter l’invitation' }));

    const link = await screen.findByRole('link', { name: 'Coopérative des images' });
    expect(link.getAttribute('href')).toBe(`/mes-collectifs/${SLUG}`);
    expect(screen.queryByRole('heading', { name: 'Une invitation à rejoindre un collectif' })).toBeNull();
    expect(screen.getByText(/Bienvenue dans « Coopérative des images »/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(link));
    // The cache answered: "my collectives" was not asked for again.
    expect(calls('MyCollectives')).toHaveLength(1);
  });

  it('speaks English when the member chose it, with dates in their language', async () => {
    await setLanguage('en');
    try {
      show(() => mine());
      const invitation = await screen.findByRole('article', { name: 'Coopérative des images' });
      expect(screen.getByRole('heading', { level: 1, name: 'My collectives' })).toBeTruthy();
      expect(invitation.textContent).toContain('Invitation received on 1 March 2026');
      expect(
        within(invitation).getByRole('checkbox', {
          name: 'I have read the charter of “Coopérative des images” and I accept it',
        }),
      ).toBeTruthy();
    } finally {
      await setLanguage('fr');
    }
  });
});
