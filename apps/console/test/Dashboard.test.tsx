import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AdminStatsQuery } from '@ekoacteurs/client';
import { staticClient } from '@ekoacteurs/client/testing';
import { CombinedError } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Provider } from 'urql';
import { Dashboard } from '../src/dashboard/Dashboard.tsx';

// The charts cannot be drawn here (no layout in happy-dom) and must never be needed to read the
// figures: they fail, and the dashboard falls back to its tables.
vi.mock('../src/dashboard/Charts.tsx', () => {
  const broken = () => {
    throw new Error('no canvas');
  };
  return { MembersChart: broken, WorkshopsChart: broken, FlowsChart: broken, BalancesChart: broken };
});

/** happy-dom has no layout: which panels are on screen is what the test says (all, by default). */
let onScreen = true;
class ScreenObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    if (onScreen)
      queueMicrotask(() =>
        this.callback(
          [{ target, isIntersecting: true } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
      );
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}
vi.stubGlobal('IntersectionObserver', ScreenObserver);

afterEach(() => {
  cleanup();
  onScreen = true;
});

const STATS: AdminStatsQuery = {
  __typename: 'Query',
  adminStats: {
    __typename: 'AdminStats',
    id: '12-months',
    months: 12,
    membersByMonth: [
      {
        __typename: 'MembersMonth',
        id: '2026-10',
        month: '2026-10',
        applicant: 3,
        active: 1180,
        suspended: 2,
        left: 5,
        declined: 1,
        applications: 14,
        admissions: 12,
      },
      {
        __typename: 'MembersMonth',
        id: '2026-11',
        month: '2026-11',
        applicant: 4,
        active: 1234,
        suspended: 2,
        left: 6,
        declined: 2,
        applications: 9,
        admissions: 54,
      },
    ],
    workshops: [
      {
        __typename: 'WorkshopFill',
        id: 'V29ya3Nob3A6MQ==',
        slug: 'prospecter',
        title: 'Prospecter sans se renier',
        startsAt: '2026-11-12T08:30:00.000Z',
        capacity: 12,
        confirmed: 9,
        waitlisted: 0,
        attended: 7,
        absent: 1,
        fillRate: 0.75,
        attendanceRate: 0.875,
      },
    ],
    byRegion: [
      {
        __typename: 'RecommendationFlow',
        id: 'REGION:Bretagne:Occitanie',
        from: 'Bretagne',
        to: 'Occitanie',
        count: 7,
      },
      { __typename: 'RecommendationFlow', id: 'REGION::Bretagne', from: '', to: 'Bretagne', count: 2 },
    ],
    byDomain: [
      {
        __typename: 'RecommendationFlow',
        id: 'DOMAIN:COMMUNICATION:STRATEGY',
        from: 'COMMUNICATION',
        to: 'STRATEGY',
        count: 9,
      },
    ],
    balanceDistribution: [
      { __typename: 'BalanceCount', id: '-2', balance: -2, members: 3 },
      { __typename: 'BalanceCount', id: '0', balance: 0, members: 40 },
      { __typename: 'BalanceCount', id: '5', balance: 5, members: 11 },
    ],
  },
};

function renderWith(answer: Parameters<typeof staticClient>[0]) {
  const { client, calls } = staticClient(answer);
  render(
    <Provider value={client}>
      <Dashboard />
    </Provider>,
  );
  return calls;
}

const figures = () => ({
  data: {
    federationStats: { __typename: 'FederationStats', activeMembers: 1234, activeCollectives: 1, upcomingWorkshops: 0 },
  },
});

describe('Dashboard', () => {
  it('shows the key figures, formatted in French', () => {
    renderWith(({ operationName }) => (operationName === 'FederationStats' ? figures() : 'pending'));
    const list = screen.getByRole('heading', { name: 'Chiffres clés' }).parentElement!;
    expect(
      within(list)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['1\u202f234', '1', '0']);
    expect(screen.getByText('membres actifs')).toBeTruthy();
    expect(screen.getByText('collectif actif')).toBeTruthy();
    expect(screen.getByText('Chargement des statistiques…')).toBeTruthy();
  });

  it('says the key figures are loading, in the three cards they will fill (nothing below moves when they arrive)', () => {
    renderWith(() => 'pending');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Chargement des chiffres…');
    const list = screen.getByRole('heading', { name: 'Chiffres clés' }).parentElement!;
    expect([...list.querySelectorAll('.card dt')].map((dt) => dt.textContent)).toEqual([
      'membres actifs',
      'collectifs actifs',
      'ateliers à venir',
    ]);
    // No number is shown before it is known.
    expect([...list.querySelectorAll('.card dd')].map((dd) => dd.textContent?.trim())).toEqual(['', '', '']);
  });

  it('gives every chart’s figures as a table, and only the tables when the charts cannot be drawn', async () => {
    // React reports each chart's failure on the console; the screen itself must not care.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWith(({ operationName }) => (operationName === 'FederationStats' ? figures() : { data: STATS }));
    await waitFor(
      () =>
        expect(
          screen.getAllByText('Le graphique n’a pas pu s’afficher : voici les mêmes chiffres en tableau.'),
        ).toHaveLength(4),
      { timeout: 5000 },
    );
    reported.mockRestore();
    // The tables are no longer tucked away in a disclosure.
    expect(document.querySelectorAll('details table')).toHaveLength(0);
    const members = screen.getByRole('table', { name: /Membres au fil des mois/ });
    const november = within(members).getByRole('row', { name: /nov\. 2026/ });
    expect(
      within(november)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1\u202f234', '4', '2', '6', '2', '9', '54']);

    const workshops = screen.getByRole('table', { name: /Remplissage et présence/ });
    expect(within(workshops).getByRole('row', { name: /Prospecter sans se renier/ }).textContent).toContain(
      '75\u00a0%',
    );
    expect(within(workshops).getByRole('row', { name: /Prospecter sans se renier/ }).textContent).toContain(
      '88\u00a0%',
    );

    const flows = screen.getByRole('table', { name: /Recommandations par région/ });
    expect(within(flows).getByRole('row', { name: /Région non renseignée/ })).toBeTruthy();

    const balances = screen.getByRole('table', { name: /Équilibre donner/ });
    expect(within(balances).getAllByRole('row')).toHaveLength(4);
    // Each chart is summed up in a sentence (also its accessible name when drawn).
    expect(
      screen.getByText('11 donnent plus qu’ils ne reçoivent, 40 sont à l’équilibre, 3 reçoivent plus.'),
    ).toBeTruthy();
    const summaries = [...document.querySelectorAll('.chart-summary')].map((summary) => summary.textContent);
    expect(summaries[0]).toBe('Fin nov. 2026 : 1\u202f234 actifs, 4 candidatures en attente, 2 suspendus.');
  });

  it('does not draw (nor download) a chart whose panel is not on screen yet', async () => {
    onScreen = false;
    renderWith(({ operationName }) => (operationName === 'FederationStats' ? figures() : { data: STATS }));
    await screen.findByText('11 donnent plus qu’ils ne reçoivent, 40 sont à l’équilibre, 3 reçoivent plus.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Le graphique n’a pas pu s’afficher : voici les mêmes chiffres en tableau.')).toBeNull();
    expect(document.querySelectorAll('.chart-slot')).toHaveLength(4);
    expect(document.querySelectorAll('.chart-slot *')).toHaveLength(0);
    // The figures are there all the same, in their tables.
    expect(document.querySelectorAll('details table')).toHaveLength(4);
  });

  it('regroups recommendation flows by main skill domain on demand', async () => {
    renderWith(({ operationName }) => (operationName === 'FederationStats' ? figures() : { data: STATS }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Domaine de compétences principal' }));
    const flows = screen.getByRole('table', { name: /Recommandations par domaine principal/ });
    expect(within(flows).getByRole('row', { name: /Communication/ }).textContent).toContain('Stratégie');
  });

  it('asks for another window of months', async () => {
    const calls: unknown[] = [];
    renderWith(({ operationName, variables }) => {
      if (operationName === 'AdminStats') calls.push(variables);
      return operationName === 'FederationStats' ? figures() : { data: STATS };
    });
    fireEvent.change(await screen.findByLabelText('Période'), { target: { value: '24' } });
    expect(calls.at(-1)).toEqual({ months: 24 });
  });

  it('says what failed and offers to retry', () => {
    const calls = renderWith(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toContain(
      'Les chiffres n’ont pas pu être chargés. Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.Réessayer',
    );
    const before = calls.length;
    fireEvent.click(screen.getAllByRole('button', { name: 'Réessayer' })[1]!);
    expect(calls.length).toBeGreaterThan(before);
  });
});
