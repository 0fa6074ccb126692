// My notifications (/notifications): unread first, each with a link to what it is about; mark one
// or all read (at once, optimistic). New ones arrive live (the header's subscription feeds the cache).
import './catalogue.ts';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  type MyNotificationsQuery,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { focusSoon, LiveStatus, Skeleton, LoadFailed, ScreenTitle, TroubleAlert, type Trouble } from '@ekoacteurs/ui';
import { formatDateTime } from '../shared/dates.ts';
import { describe } from './describe.ts';
import './notifications.css';

type Notification = NonNullable<NonNullable<MyNotificationsQuery['viewer']>['notifications']>['edges'][number]['node'];

const PAGE = 50;

export function NotificationsPage() {
  const { t, language } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyNotificationsDocument, variables: { first } });
  const [, markRead] = useMutation(MarkNotificationsReadDocument);
  const [{ fetching: markingAll }, markAll] = useMutation(MarkAllNotificationsReadDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const connection = data?.viewer?.notifications;
  const items = connection
    ? [...connection.edges.map((edge) => edge.node)].sort(
        (a, b) => Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt),
      )
    : [];

  async function readOne(notification: Notification) {
    setTrouble(null);
    const result = await markRead({ ids: [notification.id] });
    if (result.data?.markNotificationsRead.__typename === 'MarkNotificationsReadSuccess') {
      setMessage(t('notifications.markedOne'));
      focusSoon('notifications-list-title');
    } else setTrouble({ text: t('common.failed') });
  }

  async function readAll() {
    setTrouble(null);
    const result = await markAll({});
    if (result.data?.markAllNotificationsRead.__typename === 'MarkNotificationsReadSuccess') {
      setMessage(t('notifications.markedAll'));
      focusSoon('notifications-list-title');
    } else setTrouble({ text: t('common.failed') });
  }

  return (
    <section aria-labelledby="notifications-title" className="wk-screen">
      <ScreenTitle id="notifications-title">{t('notifications.title')}</ScreenTitle>
      <LiveStatus message={message} />
      <TroubleAlert trouble={trouble} />
      {!connection && (fetching || (!error && !data)) && <Skeleton label={t('notifications.loading')} />}
      {/* A failure, or partial data only (the viewer known from the header, the list not). */}
      {!connection && !fetching && (error || data) && (
        <LoadFailed message={t('notifications.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {connection && (
        <>
          <div className="nt-summary">
            <h2 id="notifications-list-title" tabIndex={-1}>
              {connection.unreadCount > 0
                ? t('notifications.unread', { count: connection.unreadCount })
                : t('notifications.allRead')}
            </h2>
            {connection.unreadCount > 0 && (
              <button type="button" className="secondary" onClick={readAll} disabled={markingAll}>
                {t('notifications.markAll')}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="notice">{t('notifications.empty')}</p>
          ) : (
            <ul className="boxed-list">
              {items.map((notification) => {
                const { text, href } = describe(t, notification.kind, notification.data);
                return (
                  <li key={notification.id} className={notification.read ? undefined : 'nt-unread'}>
                    <p className="nt-text">
                      {!notification.read && <span className="nt-dot">{t('notifications.new')}</span>}
                      {href ? <Link href={href}>{text}</Link> : text}
                    </p>
                    <p className="muted nt-meta">
                      <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, language)}</time>
                    </p>
                    {!notification.read && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => readOne(notification)}
                        aria-label={t('notifications.markOneLabel', { text })}
                      >
                        {t('notifications.markOne')}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {connection.pageInfo.hasNextPage && first < 100 && (
            <button type="button" className="secondary" onClick={() => setFirst(100)} disabled={fetching}>
              {t('notifications.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
