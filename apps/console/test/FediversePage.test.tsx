// The Fédivers screen: followers with their instance and what they follow, blocked instances, and
// blocking one with a reason (sent as the admin typed it) — in French by default.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AdminBlockedInstancesQuery, AdminFediverseFollowersQuery } from '@ekoacteurs/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { AnnouncerProvider } from '@ekoacteurs/ui';
import { FediversePage } from '../src/fediverse/FediversePage.tsx';
import { testClient, type Call } from './client.ts';

afterEach(cleanup);

const followers: { data: AdminFediverseFollowersQuery } = {
  data: {
    __typename: 'Query',
    fediverseFollowers: {
      __typename: 'QueryFediverseFollowersConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [
        {
          __typename: 'QueryFediverseFollowersEdge',
          cursor: 'RmVkaXZlcnNlRm9sbG93ZXI6MQ==',
          node: {
            __typename: 'FediverseFollower',
            id: 'RmVkaXZlcnNlRm9sbG93ZXI6MQ==',
            handle: '@lea@mastodon.example',
            followerUri: 'https://mastodon.example/users/lea',
            instance: 'mastodon.example',
            followedKind: 'FEDERATION',
            createdAt: '2026-12-01T10:00:00.000Z',
          },
        },
      ],
    },
  },
};

const blocked = (instances: string[]): { data: AdminBlockedInstancesQuery } => ({
  data: {
    __typename: 'Query',
    blockedInstances: instances.map((instance) => ({
      __typename: 'FediverseBlockedInstance',
      instance,
      reason: 'Spam',
      createdAt: '2026-12-02T10:00:00.000Z',
    })),
  },
});

function renderScreen(answer: (call: Call) => ReturnType<Parameters<typeof testClient>[0]>) {
  const client = testClient(answer);
  render(
    <Provider value={client.client}>
      <AnnouncerProvider>
        <main>
          <FediversePage />
        </main>
      </AnnouncerProvider>
    </Provider>,
  );
  return client;
}

describe('the Fédivers screen', () => {
  it('lists followers and blocked instances', () => {
    renderScreen(({ operationName }) =>
      operationName === 'AdminFediverseFollowers' ? followers : blocked(['spam.example']),
    );
    const row = screen.getByRole('row', { name: /@lea@mastodon.example/ });
    expect(within(row).getByText('mastodon.example')).toBeTruthy();
    expect(within(row).getByText('La fédération')).toBeTruthy();
    expect(screen.getByText('1 abonné.')).toBeTruthy();
    expect(screen.getByRole('row', { name: /spam.example/ })).toBeTruthy();
  });

  it('blocks an instance with its reason and says so', async () => {
    const { mutations } = renderScreen(({ operationName, variables }) => {
      if (operationName === 'BlockInstance') {
        return {
          data: {
            blockInstance: {
              __typename: 'BlockInstanceSuccess',
              blocked: {
                __typename: 'FediverseBlockedInstance',
                instance: variables.instance,
                reason: variables.reason,
                createdAt: '2026-12-07T10:00:00.000Z',
              },
            },
          },
        };
      }
      return operationName === 'AdminFediverseFollowers' ? followers : blocked([]);
    });
    fireEvent.change(screen.getByLabelText('Instance', { selector: '#block-instance' }), {
      target: { value: 'bruit.example' },
    });
    fireEvent.change(screen.getByLabelText('Raison (pour les autres admins)'), { target: { value: 'Harcèlement' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bloquer' }));
    await waitFor(() =>
      expect(mutations).toEqual([
        { operationName: 'BlockInstance', variables: { instance: 'bruit.example', reason: 'Harcèlement' } },
      ]),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('bruit.example est bloquée.'));
  });
});
