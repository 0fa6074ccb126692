import { cleanup, render, screen } from '@testing-library/react';
import { staticClient } from '@ekoacteurs/client/testing';
import { CombinedError } from '@urql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { Dashboard } from '../src/dashboard/Dashboard.tsx';

afterEach(cleanup);

function renderWith(answer: Parameters<typeof staticClient>[0]) {
  const { client } = staticClient(answer);
  render(
    <Provider value={client}>
      <Dashboard />
    </Provider>,
  );
}

describe('Dashboard', () => {
  it('shows the member count and the other figures, formatted in French', () => {
    renderWith(() => ({ data: { federationStats: { activeMembers: 1234, activeCollectives: 1, upcomingWorkshops: 0 } } }));
    const figures = screen.getAllByRole('definition').map((dd) => dd.textContent);
    expect(figures).toEqual(['1\u202f234', '1', '0']);
    expect(screen.getByText('membres actifs')).toBeTruthy();
    expect(screen.getByText('collectif actif')).toBeTruthy();
  });

  it('says it is loading, then explains a failure', () => {
    renderWith(() => 'pending');
    expect(screen.getByRole('status').textContent).toBe('Chargement des chiffres…');
    cleanup();
    renderWith(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    expect(screen.getByRole('alert').textContent).toContain('Les chiffres n’ont pas pu être chargés.');
  });
});
