import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContributionsPage } from '../../src/contributions/ContributionsPage.tsx';
import { monthlySeries } from '../../src/contributions/series.ts';
import { stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID, viewerAnswer } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

describe('monthlySeries', () => {
  it('gives each month’s figures and the balance at its end, ending on the current balance', () => {
    const points = monthlySeries(
      [
        { direction: 'GIVEN', weight: 3, createdAt: '2026-03-10T10:00:00.000Z' },
        { direction: 'RECEIVED', weight: 1, createdAt: '2026-03-02T10:00:00.000Z' },
        { direction: 'RECEIVED', weight: 2, createdAt: '2026-01-31T23:30:00.000Z' }, // 1 February in Paris
      ],
      5,
      new Date('2026-04-15T10:00:00.000Z'),
    );
    expect(points).toEqual([
      { month: '2026-02', given: 0, received: 2, balance: 3 },
      { month: '2026-03', given: 3, received: 1, balance: 5 },
      { month: '2026-04', given: 0, received: 0, balance: 5 },
    ]);
  });
});

const entry = (id: string, kind: string, direction: string, weight: number, createdAt: string, source: unknown) => ({
  __typename: 'ContributionEntry',
  id,
  kind,
  direction,
  weight,
  note: '',
  createdAt,
  sourceType: 'Workshop',
  source,
});

/** The answer to `MyContributions`: the balance and one page of entries, the newest first. */
const ledger = (balance: { given: number; received: number; balance: number }, entries: unknown[]) =>
  viewerAnswer({
    balance: { __typename: 'ContributionBalance', ...balance },
    contributions: {
      __typename: 'MemberContributionsConnection',
      totalCount: entries.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: entries.map((node) => ({ __typename: 'MemberContributionsEdge', node })),
    },
  });

describe('ContributionsPage', () => {
  it('shows the balance, its history as a chart and a table, and the entries with their source', async () => {
    const { client } = stubEndpoint(
      () =>
        ledger({ given: 3, received: 1, balance: 2 }, [
          entry('e2', 'WORKSHOP_FACILITATED', 'GIVEN', 3, '2026-03-10T10:00:00.000Z', {
            __typename: 'Workshop',
            id: 'w1',
            slug: 'prospecter',
            title: 'Prospecter sans se renier',
          }),
          entry('e1', 'RECOMMENDATION', 'RECEIVED', 1, '2026-02-10T10:00:00.000Z', {
            __typename: 'Recommendation',
            id: 'r1',
            clientName: 'Mairie de Lyon',
            from: { __typename: 'Member', id: 'm2', displayName: 'Léa Dupont' },
            to: { __typename: 'Member', id: VIEWER_ID, displayName: 'Camille Martin' },
          }),
        ]),
      { plain: true },
    );
    renderAt('/contributions', client, <ContributionsPage />);
    await screen.findByRole('heading', { name: 'Historique' });
    expect(screen.getAllByText('+2')[0]!.tagName).toBe('DD');
    expect(screen.getByRole('img', { name: /Votre équilibre mois par mois/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Donné, reçu et équilibre par mois' });
    expect(table.textContent).toContain('mars 2026');
    expect(screen.getByRole('link', { name: 'Prospecter sans se renier' }).getAttribute('href')).toBe(
      '/agenda/prospecter',
    );
    expect(screen.getByText(/recommandé·e par Léa Dupont \(Mairie de Lyon\)/)).toBeTruthy();
  });

  it('says how to start when the ledger is empty', async () => {
    const { client } = stubEndpoint(() => ledger({ given: 0, received: 0, balance: 0 }, []), { plain: true });
    renderAt('/contributions', client, <ContributionsPage />);
    await screen.findByText(/Rien n’est encore inscrit/);
    expect(screen.getByRole('link', { name: 'Voir les ateliers' })).toBeTruthy();
  });
});
