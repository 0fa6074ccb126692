// The console's paged lists (usePagedQuery, PagedTable): "Page suivante" shows the rows after the
// last one shown and says where the admin is, a new filter starts again at the first page, and a
// list that failed to load says so with a retry that loads it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MemberActivityQuery, OutboxEmailsQuery } from '@ekoacteurs/client';
import { CombinedError } from '@urql/core';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { AnnouncerProvider } from '@ekoacteurs/ui';
import { OutboxPage } from '../src/outbox/OutboxPage.tsx';
import { MemberActivity } from '../src/members/MemberActivity.tsx';
import { testClient, type Call } from './client.ts';

afterEach(cleanup);

const ALL = 'Tous les e-mails';

type Email = NonNullable<OutboxEmailsQuery['outboxEmails']>['edges'][number]['node'];

function emails(from: number, count: number, total: number): { data: OutboxEmailsQuery } {
  const nodes: Email[] = Array.from({ length: count }, (_, i) => ({
    __typename: 'OutboxEmail',
    id: `email-${from + i}`,
    to: 'lea@exemple.fr',
    subject: `Message ${from + i}`,
    text: 'Bonjour',
    kind: 'welcome',
    createdAt: '2026-12-01T10:00:00.000Z',
    sentAt: null,
    error: null,
  }));
  return {
    data: {
      __typename: 'Query',
      outboxEmails: {
        __typename: 'QueryOutboxEmailsConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: from + count - 1 < total, endCursor: `c${from + count - 1}` },
        edges: nodes.map((node, i) => ({ __typename: 'QueryOutboxEmailsEdge', cursor: `c${from + i}`, node })),
      },
    },
  };
}

function renderWith(screenElement: ReactElement, answer: (call: Call) => ReturnType<Parameters<typeof testClient>[0]>) {
  const calls: Call[] = [];
  const client = testClient((call) => {
    calls.push(call);
    return answer(call);
  });
  render(
    <Provider value={client.client}>
      <AnnouncerProvider>
        <main>{screenElement}</main>
      </AnnouncerProvider>
    </Provider>,
  );
  return calls;
}

describe('a paged list', () => {
  it('goes to the next page and back to the first when the filter changes', async () => {
    const calls = renderWith(<OutboxPage />, ({ variables }) =>
      variables.after === 'c20' ? emails(21, 5, 25) : emails(1, 20, 25),
    );
    expect(screen.getByRole('heading', { name: 'Message 1' })).toBeTruthy();
    expect(screen.getByText('Page 1 sur 2')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Message 21' })).toBeTruthy());
    expect(screen.queryByRole('heading', { name: 'Message 1' })).toBeNull();
    expect(screen.getByText('Page 2 sur 2')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Destinataire'), { target: { value: 'lea@exemple.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(screen.getByText('Page 1 sur 2')).toBeTruthy());
    expect(calls.at(-1)?.variables).toMatchObject({ to: 'lea@exemple.fr', after: null, first: 20 });

    // A trimmed search applies only when submitted; the way back to every email empties the field.
    fireEvent.change(screen.getByLabelText('Destinataire'), { target: { value: '  zoe@exemple.fr ' } });
    expect(calls.at(-1)?.variables).toMatchObject({ to: 'lea@exemple.fr' });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(calls.at(-1)?.variables).toMatchObject({ to: 'zoe@exemple.fr' }));
    fireEvent.click(screen.getByRole('button', { name: ALL }));
    await waitFor(() => expect(calls.at(-1)?.variables).toMatchObject({ to: null }));
    expect((screen.getByLabelText('Destinataire') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('button', { name: ALL })).toBeNull();
  });

  it('says a table failed to load, and its retry loads it', async () => {
    let failing = true;
    const activity: { data: MemberActivityQuery } = {
      data: {
        __typename: 'Query',
        auditLog: {
          __typename: 'QueryAuditLogConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    };
    renderWith(<MemberActivity memberId="TWVtYmVyOjE=" />, () =>
      failing ? { error: new CombinedError({ networkError: new Error('offline') }) } : activity,
    );
    expect(screen.getByText(/Le serveur ne répond pas/)).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(screen.getByText('Aucune action enregistrée pour ce membre.')).toBeTruthy());
    expect(screen.queryByText(/Le serveur ne répond pas/)).toBeNull();
  });
});
