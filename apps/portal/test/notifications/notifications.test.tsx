import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsBadge } from '../../src/notifications/NotificationsBadge.tsx';
import { NotificationsPage } from '../../src/notifications/NotificationsPage.tsx';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { viewerAnswer } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

const note = (id: string, kind: string, data: object, read: boolean, createdAt: string) => ({
  __typename: 'Notification',
  id,
  kind,
  data,
  createdAt,
  read,
  readAt: read ? createdAt : null,
});

const EXISTING = [
  note(
    'Tm90aWZpY2F0aW9uOjI=',
    'recommendation.received',
    { fromName: 'Léa Dupont' },
    false,
    '2026-03-02T09:00:00.000Z',
  ),
  note(
    'Tm90aWZpY2F0aW9uOjE=',
    'workshop.registered',
    { workshopTitle: 'Prospecter sans se renier', workshopSlug: 'prospecter' },
    true,
    '2026-03-01T09:00:00.000Z',
  ),
];
const PROMOTED = note(
  'Tm90aWZpY2F0aW9uOjM=',
  'workshop.promoted',
  { workshopTitle: 'Répondre à un appel d’offres', workshopSlug: 'repondre' },
  false,
  '2026-03-03T09:00:00.000Z',
);

function list(unreadCount = 1) {
  return viewerAnswer({
    notifications: {
      __typename: 'MemberNotificationsConnection',
      totalCount: EXISTING.length,
      unreadCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: EXISTING.map((node, index) => ({ __typename: 'MemberNotificationsEdge', cursor: `c${index}`, node })),
    },
  });
}
const count = (unreadCount: number) =>
  viewerAnswer({ notifications: { __typename: 'MemberNotificationsConnection', unreadCount } });

function setup(
  extra: (name: string, variables: Record<string, unknown>) => Answer | Promise<Answer> | undefined = () => undefined,
) {
  let deliver: (answer: Answer) => void = () => {};
  const live = new Promise<Answer>((resolve) => (deliver = resolve));
  const endpoint = stubEndpoint((name, variables) => {
    const answer = extra(name, variables);
    if (answer) return answer;
    if (name === 'MyNotifications') return list();
    if (name === 'UnreadNotificationsCount') return count(1);
    if (name === 'NotificationAdded') return live;
    return 'pending';
  });
  renderAt(
    '/notifications',
    endpoint.client,
    <>
      <NotificationsBadge />
      <NotificationsPage />
    </>,
  );
  return { ...endpoint, deliver };
}

describe('notifications', () => {
  it('lists unread first, with what each is about and where it leads', async () => {
    setup();
    await screen.findByRole('heading', { name: '1 notification non lue' });
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Léa Dupont vous a recommandé·e.');
    expect(
      screen
        .getByRole('link', { name: 'Vous êtes inscrit·e à l’atelier « Prospecter sans se renier ».' })
        .getAttribute('href'),
    ).toBe('/agenda/prospecter');
    expect(await screen.findByRole('link', { name: 'Notifications 1 non lue' })).toBeTruthy();
  });

  it('a live notification appears at the top, raises the badge and is announced, without a reload', async () => {
    const { deliver, calls } = setup();
    await screen.findByRole('heading', { name: '1 notification non lue' });
    await screen.findByRole('link', { name: 'Notifications 1 non lue' });
    deliver({ data: { __typename: 'Subscription', notificationAdded: PROMOTED } });
    await screen.findByRole('heading', { name: '2 notifications non lues' });
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain(
      'Une place s’est libérée : vous êtes inscrit·e à l’atelier « Répondre à un appel d’offres ».',
    );
    expect(screen.getByRole('link', { name: 'Notifications 2 non lues' })).toBeTruthy();
    expect(
      screen
        .getAllByRole('status')
        .some(
          (s) =>
            s.textContent ===
            'Nouvelle notification : Une place s’est libérée : vous êtes inscrit·e à l’atelier « Répondre à un appel d’offres ».',
        ),
    ).toBe(true);
    expect(calls('MyNotifications')).toHaveLength(1);
  });

  it('marking all read is instant (optimistic), badge included', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Tout marquer comme lu' }));
    // The server has not answered ("pending"): the screen already shows the result.
    await screen.findByRole('heading', { name: 'Tout est lu' });
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Marquer comme lue/ })).toBeNull();
    expect(calls('MarkAllNotificationsRead')).toHaveLength(1);
  });

  it('marks one read', async () => {
    const { calls } = setup((name) =>
      name === 'MarkNotificationsRead'
        ? mutation('markNotificationsRead', {
            __typename: 'MarkNotificationsReadSuccess',
            markedCount: 1,
            unreadCount: 0,
          })
        : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Marquer comme lue : Léa Dupont vous a recommandé·e.' }));
    await screen.findByRole('heading', { name: 'Tout est lu' });
    expect(calls('MarkNotificationsRead')[0]!.variables).toEqual({ ids: ['Tm90aWZpY2F0aW9uOjI='] });
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((s) => s.textContent === 'Notification marquée comme lue.')).toBe(true),
    );
  });

  it('says what to do when nothing came yet, or when loading failed', async () => {
    setup((name) => (name === 'MyNotifications' ? 'offline' : undefined));
    await screen.findByText('Vos notifications n’ont pas pu être chargées.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
