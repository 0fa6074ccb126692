import type { CollectivesToJoinQuery } from '@ekoacteurs/client';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowseCollectivesPage } from '../../src/collectives/BrowseCollectivesPage.tsx';
import { charter, COLLECTIVE_ID, SUMMARY } from '@ekoacteurs/client/test-fixtures/collectives';
import { type Answer, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';

afterEach(cleanup);

type Card = CollectivesToJoinQuery['collectives']['edges'][number]['node'];

const card = (overrides: Partial<Card> = {}): Card => ({
  ...SUMMARY,
  members: { __typename: 'CollectiveMembersConnection', totalCount: 3 },
  viewerMembership: null,
  ...overrides,
});

const list = (cards: Card[], hasNextPage = false) => ({
  data: {
    __typename: 'Query',
    collectives: {
      __typename: 'QueryCollectivesConnection',
      totalCount: cards.length + (hasNextPage ? 1 : 0),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'page-2' : null },
      edges: cards.map((node) => ({ __typename: 'QueryCollectivesEdge' as const, node })),
    },
  } satisfies CollectivesToJoinQuery,
});

function show(answer: (name: string, variables: Record<string, unknown>) => Answer) {
  const endpoint = stubEndpoint(answer, { plain: true });
  const view = renderAt('/collectifs-a-rejoindre', endpoint.client, <BrowseCollectivesPage />);
  return { ...endpoint, ...view };
}

describe('Collectives to join', () => {
  it('lists collectives with where the member stands, and pages on demand with focus on what came', async () => {
    const { calls } = show((name, variables) =>
      name === 'CollectivesToJoin'
        ? variables.after
          ? list([card({ id: 'Q29sbGVjdGl2ZTpqYXJkaW5z', slug: 'jardins', name: 'Jardins partagés' })])
          : list(
              [
                card({
                  viewerMembership: {
                    __typename: 'CollectiveMembership',
                    id: 'bQ==',
                    status: 'ACTIVE',
                    role: 'MEMBER',
                  },
                }),
              ],
              true,
            )
        : 'pending',
    );
    const first = await screen.findByRole('article', { name: 'Coopérative des images' });
    expect(first.textContent).toContain('Bretagne · 3 membres');
    expect(within(first).getByText('Vous en êtes membre')).toBeTruthy();
    expect(await screen.findByText('2 collectifs')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Voir plus de collectifs' }));
    const link = await screen.findByRole('link', { name: 'Jardins partagés' });
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(calls('CollectivesToJoin')[1]!.variables).toMatchObject({ after: 'page-2' });
    expect(screen.queryByRole('button', { name: 'Voir plus de collectifs' })).toBeNull();
  });

  it('searches by words and region, and says when nothing matches', async () => {
    const { calls } = show((name, variables) =>
      name === 'CollectivesToJoin' ? list(variables.search || variables.region ? [] : [card()]) : 'pending',
    );
    await screen.findByRole('article', { name: 'Coopérative des images' });
    fireEvent.change(screen.getByLabelText('Région'), { target: { value: 'Occitanie' } });
    await screen.findByText('Aucun collectif ne correspond à ces critères. Essayez d’autres mots ou une autre région.');
    fireEvent.change(screen.getByLabelText('Rechercher (nom, raison d’être)'), { target: { value: 'jardin' } });
    await waitFor(() =>
      expect(calls('CollectivesToJoin').at(-1)!.variables).toMatchObject({ search: 'jardin', region: 'Occitanie' }),
    );
  });

  it('shows a collective’s charter before asking to join, and asks for it to be accepted', async () => {
    const { calls } = show((name) => {
      if (name === 'CollectivesToJoin') return list([card()]);
      if (name === 'CollectiveCharterToRead') {
        const { members: _members, viewerMembership: _viewer, ...summary } = card();
        return { data: { __typename: 'Query', collective: { ...summary, charterRevisedAt: null, charter } } };
      }
      return 'pending';
    });
    const article = await screen.findByRole('article', { name: 'Coopérative des images' });
    fireEvent.click(within(article).getByRole('button', { name: 'Lire la charte et demander à rejoindre' }));
    await within(article).findByText('Nous nous prévenons une semaine avant toute absence.');
    const heading = within(article).getByRole('heading', { name: 'Rejoindre « Coopérative des images »' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(within(article).getByRole('button', { name: 'Demander à rejoindre' }));
    expect(within(article).getByText(/Cochez la case pour accepter la charte/)).toBeTruthy();
    fireEvent.click(within(article).getByRole('checkbox'));
    fireEvent.click(within(article).getByRole('button', { name: 'Demander à rejoindre' }));
    await waitFor(() => expect(calls('CollectiveJoinRequest')).toHaveLength(1));
    expect(calls('CollectiveJoinRequest')[0]!.variables).toEqual({
      collectiveId: COLLECTIVE_ID,
      acceptCharter: true,
      message: null,
    });
  });
});
