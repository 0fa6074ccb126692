// Notifications in the portal: a new one (from the notificationAdded subscription) appears at the
// top of every cached list of the viewer's notifications and raises the unread count at once;
// marking read is optimistic (the item and the header badge change as soon as it is pressed).
import type { Cache, Variables } from '@urql/exchange-graphcache';
import { gql } from '@urql/core';
import type {
  MarkNotificationsReadMutation,
  NotificationAddedSubscription,
  NotificationFieldsFragment,
} from '../generated/graphql.ts';
import type { CacheConfig } from './types.ts';

// Local fragments to read and write the viewer's cached notification lists (never sent).
const LIST = gql`
  fragment _NotificationList on Member {
    id
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      edges {
        cursor
        node {
          id
          kind
          data
          createdAt
          read
          readAt
        }
      }
    }
  }
`;
const COUNT = gql`
  fragment _NotificationCount on Member {
    id
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
    }
  }
`;
const READ = gql`
  fragment _NotificationRead on Notification {
    id
    read
    readAt
  }
`;

interface ListData {
  __typename: 'Member';
  id: string;
  notifications: {
    __typename: string;
    totalCount?: number;
    unreadCount: number;
    edges?: { __typename: string; cursor: string; node: NotificationFieldsFragment }[];
  } | null;
}

function viewerRef(cache: Cache): { __typename: 'Member'; id: string } | null {
  const key = cache.resolve('Query', 'viewer');
  if (typeof key !== 'string') return null;
  const id = cache.resolve(key, 'id');
  return typeof id === 'string' ? { __typename: 'Member', id } : null;
}

/** Each cached instance of viewer.notifications: its arguments as fragment variables. */
function instances(cache: Cache, viewer: { __typename: 'Member'; id: string }): Variables[] {
  return cache
    .inspectFields(viewer)
    .filter((field) => field.fieldName === 'notifications')
    .map((field) => ({ ...(field.arguments ?? {}) }) as Variables);
}

/** Changes every cached list (with its items) or count of the viewer's notifications. */
function eachList(cache: Cache, change: (list: NonNullable<ListData['notifications']>, variables: Variables) => void) {
  const viewer = viewerRef(cache);
  if (!viewer) return;
  for (const variables of instances(cache, viewer)) {
    // `notifications` is nullable: a read that lacks the items gives null there, not null overall.
    const read = cache.readFragment(LIST, viewer, variables) as ListData | null;
    const full = read?.notifications?.edges ? read : null;
    const data = full ?? (cache.readFragment(COUNT, viewer, variables) as ListData | null);
    if (!data?.notifications) continue;
    change(data.notifications, variables);
    cache.writeFragment(full ? LIST : COUNT, data, variables);
  }
}

export function addNotification(cache: Cache, notification: NotificationFieldsFragment) {
  eachList(cache, (list, variables) => {
    if (list.edges) {
      // Only the first page shows the newest; an item already there is not added twice.
      if (variables.after || list.edges.some((edge) => edge.node.id === notification.id)) return;
      list.edges = [
        { __typename: 'MemberNotificationsEdge', cursor: `live:${notification.id}`, node: notification },
        ...list.edges,
      ];
      if (typeof list.totalCount === 'number') list.totalCount += 1;
    }
    if (!notification.read) list.unreadCount += 1;
  });
}

/** Marks the given notifications (or all, with null) read and sets the unread count. */
export function markRead(cache: Cache, ids: readonly string[] | null, unreadCount: number | null) {
  const now = new Date().toISOString();
  const viewer = viewerRef(cache);
  if (!viewer) return;
  const targets = new Set<string>(ids ?? []);
  if (!ids) {
    eachList(cache, (list) => list.edges?.forEach((edge) => targets.add(edge.node.id)));
  }
  let newlyRead = 0;
  for (const id of targets) {
    const current = cache.readFragment(READ, { __typename: 'Notification', id }) as {
      read?: boolean;
      readAt?: string | null;
    } | null;
    if (current && !current.read) newlyRead += 1;
    if (current)
      cache.writeFragment(READ, { __typename: 'Notification', id, read: true, readAt: current.readAt ?? now });
  }
  eachList(cache, (list) => {
    list.unreadCount = unreadCount ?? Math.max(0, ids ? list.unreadCount - newlyRead : 0);
  });
}

/** The unread count the viewer's cached lists give (for optimistic results). */
function cachedUnread(cache: Cache): number {
  let unread = 0;
  eachList(cache, (list) => {
    unread = Math.max(unread, list.unreadCount);
  });
  return unread;
}

export const notificationsCache: CacheConfig = {
  keys: {
    // Payloads and value objects without an identity of their own.
    MarkNotificationsReadSuccess: () => null,
    MemberNotificationsConnection: () => null,
    MemberNotificationsEdge: () => null,
  },
  updates: {
    Subscription: {
      notificationAdded: (result, _args, cache) => {
        const notification = (result as NotificationAddedSubscription).notificationAdded;
        if (notification) addNotification(cache, notification);
      },
    },
    Mutation: {
      markNotificationsRead: (result, args, cache) => {
        const payload = (result as MarkNotificationsReadMutation).markNotificationsRead;
        if (payload?.__typename === 'MarkNotificationsReadSuccess')
          markRead(cache, (args as { ids: string[] }).ids, payload.unreadCount);
      },
      markAllNotificationsRead: (result, _args, cache) => {
        const payload = (result as { markAllNotificationsRead?: { __typename: string; unreadCount?: number } })
          .markAllNotificationsRead;
        if (payload?.__typename === 'MarkNotificationsReadSuccess') markRead(cache, null, payload.unreadCount ?? 0);
      },
    },
  },
  optimistic: {
    markNotificationsRead: (args, cache) => {
      const ids = (args as { ids: string[] }).ids;
      let unreadAmong = 0;
      for (const id of ids) {
        const current = cache.readFragment(READ, { __typename: 'Notification', id }) as { read?: boolean } | null;
        if (current && !current.read) unreadAmong += 1;
      }
      return {
        __typename: 'MarkNotificationsReadSuccess',
        markedCount: unreadAmong,
        unreadCount: Math.max(0, cachedUnread(cache) - unreadAmong),
      };
    },
    markAllNotificationsRead: (_args, cache) => ({
      __typename: 'MarkNotificationsReadSuccess',
      markedCount: cachedUnread(cache),
      unreadCount: 0,
    }),
  },
};
