import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { UpcomingWorkshopsQuery } from '@ekoacteurs/client';
import { staticClient } from '@ekoacteurs/client/testing';
import { CombinedError } from '@urql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { UpcomingWorkshops } from '../src/workshops/UpcomingWorkshops.tsx';

afterEach(cleanup);

function renderWith(answer: Parameters<typeof staticClient>[0]) {
  const { client, calls } = staticClient(answer);
  render(
    <Provider value={client}>
      <UpcomingWorkshops />
    </Provider>,
  );
  return calls;
}

type Edge = NonNullable<UpcomingWorkshopsQuery['workshops']>['edges'][number];
type Node = Edge['node'];

const workshop = (overrides: Partial<Node>): Edge => ({
  __typename: 'QueryWorkshopsEdge',
  node: {
    __typename: 'Workshop',
    id: 'V29ya3Nob3A6MQ==',
    slug: 'atelier-prospection',
    kind: 'ATELIER',
    title: 'Prospecter sans se renier',
    startsAt: '2026-12-03T08:30:00.000Z',
    endsAt: '2026-12-03T11:30:00.000Z',
    timeZone: 'Europe/Paris',
    format: 'IN_PERSON',
    place: 'Maison des associations, Lyon',
    capacity: 12,
    seatsLeft: 3,
    status: 'PUBLISHED',
    facilitators: [{ __typename: 'Member', id: 'TWVtYmVyOjE=', displayName: 'Camille Martin' }],
    ...overrides,
  },
});

function page(edges: Edge[]): { data: UpcomingWorkshopsQuery } {
  return {
    data: {
      __typename: 'Query',
      workshops: {
        __typename: 'QueryWorkshopsConnection',
        totalCount: edges.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges,
      },
    },
  };
}

describe('UpcomingWorkshops', () => {
  it('says it is loading while the request runs', () => {
    renderWith(() => 'pending');
    expect(screen.getByRole('status').textContent).toBe('Chargement des ateliers…');
  });

  it('lists workshops in French with the Paris time and the seats left', () => {
    renderWith(() =>
      page([
        workshop({}),
        workshop({ id: 'V29ya3Nob3A6Mg==', title: 'Rencontre des ÉkôActeurs', kind: 'RENCONTRE', seatsLeft: 0 }),
      ]),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Prospecter sans se renier' })).toBeTruthy();
    expect(screen.getByText('2 ateliers à venir')).toBeTruthy();
    // 08:30 UTC is 09:30 in Paris in December.
    expect(screen.getAllByText(/jeudi 3 décembre 2026, 09:30 – 12:30/)).toHaveLength(2);
    expect(screen.getByText('3 places restantes sur 12')).toBeTruthy();
    expect(screen.getByText('Complet — liste d’attente ouverte')).toBeTruthy();
    expect(screen.getAllByText('Animé par Camille Martin')).toHaveLength(2);
  });

  it('says clearly when nothing is scheduled', () => {
    renderWith(() => page([]));
    expect(screen.getByText(/Aucun atelier n’est programmé pour le moment/)).toBeTruthy();
  });

  it('explains a failure and retries on demand', () => {
    const calls = renderWith(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    expect(screen.getByRole('alert').textContent).toContain('Les ateliers n’ont pas pu être chargés.');
    const before = calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(calls.length).toBeGreaterThan(before);
  });
});
