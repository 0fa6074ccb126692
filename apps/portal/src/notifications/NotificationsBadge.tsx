// The header's link to /notifications (a bell) with the unread count, kept live by the notificationAdded
// subscription (Server-Sent Events): new notifications raise the count without a reload and are
// announced in a polite live region. Only for active members.
import {
  NotificationAddedDocument,
  UnreadNotificationsCountDocument,
  type NotificationAddedSubscription,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery, useSubscription } from 'urql';
import { Link, useLocation } from 'wouter';
import { describe } from './describe.ts';

export const NOTIFICATIONS_PATH = '/notifications';

export function NotificationsBadge() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [{ data }] = useQuery({ query: UnreadNotificationsCountDocument });
  const [announcement, setAnnouncement] = useState('');
  useSubscription({ query: NotificationAddedDocument }, (_previous: unknown, event: NotificationAddedSubscription) => {
    const { text } = describe(t, event.notificationAdded.kind, event.notificationAdded.data);
    setAnnouncement(t('notifications.announce', { text }));
    return event;
  });
  const unread = data?.viewer?.notifications?.unreadCount ?? 0;
  return (
    <>
      <Link
        href={NOTIFICATIONS_PATH}
        className="nt-badge-link"
        aria-current={location === NOTIFICATIONS_PATH ? 'page' : undefined}
      >
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a.7.7 0 0 0 .6 1h14.2a.7.7 0 0 0 .6-1L18 12.6V9a6 6 0 0 0-6-6Zm-2.2 15.5a2.3 2.3 0 0 0 4.4 0Z"
            fill="currentColor"
          />
        </svg>
        <span className="visually-hidden">{t('notifications.title')}</span>
        {unread > 0 && (
          <>
            {' '}
            <span className="nt-badge">{unread > 99 ? '99+' : unread}</span>{' '}
            <span className="visually-hidden">{t('notifications.unreadWord', { count: unread })}</span>
          </>
        )}
      </Link>
      <span role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </span>
    </>
  );
}
