// The header's link to /notifications with the unread count, kept live by the notificationAdded
// subscription (Server-Sent Events): new notifications raise the count without a reload and are
// announced in a polite live region. Only for active members.
import { NotificationAddedDocument, UnreadNotificationsCountDocument, type NotificationAddedSubscription } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
      <Link href={NOTIFICATIONS_PATH} className="nt-badge-link" aria-current={location === NOTIFICATIONS_PATH ? 'page' : undefined}>
        {t('notifications.title')}
        {unread > 0 && (
          <>
            {' '}
            <span className="nt-badge">{unread > 99 ? '99+' : unread}</span> <span className="wk-sr-only">{t('notifications.unreadWord', { count: unread })}</span>
          </>
        )}
      </Link>
      <span role="status" aria-live="polite" className="wk-sr-only">
        {announcement}
      </span>
    </>
  );
}
