// My workshops (/mes-ateliers): upcoming seats, waitlist places with their position, past
// workshops with feedback to give, and the private calendar feed to subscribe to.
import './catalogue.ts';
import {
  MyWorkshopsDocument,
  RegenerateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
  type MyWorkshopsQuery,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import {
  ConfirmButton,
  CopyButton,
  focusSoon,
  LiveStatus,
  Skeleton,
  LoadFailed,
  ScreenTitle,
  TroubleAlert,
  type Trouble,
} from '@ekoacteurs/ui';
import { troubleOfAnswer } from '../shared/troubles.ts';
import { formatDateTime } from '../shared/dates.ts';
import { WORKSHOP_PATHS, workshopPath } from './paths.ts';
import { WorkshopSummary } from './WorkshopSummary.tsx';
import './workshops.css';

type Viewer = NonNullable<MyWorkshopsQuery['viewer']>;
type Registration = NonNullable<Viewer['upcomingRegistrations']>['edges'][number]['node'];

export function MyWorkshopsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyWorkshopsDocument });
  const viewer = data?.viewer;

  // Partial data (e.g. the viewer known from another screen, its registrations not yet) is not shown.
  const complete = viewer?.upcomingRegistrations && viewer.pastRegistrations ? viewer : null;
  let body;
  if (complete) body = <MyWorkshops viewer={complete} />;
  else if (fetching || (!error && !data)) body = <Skeleton label={t('workshops.mine.loading')} />;
  else
    body = (
      <LoadFailed message={t('workshops.mine.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  return (
    <section aria-labelledby="mine-title" className="wk-screen">
      <ScreenTitle id="mine-title">{t('workshops.mine.title')}</ScreenTitle>
      {body}
    </section>
  );
}

function MyWorkshops({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const upcoming = (viewer.upcomingRegistrations?.edges ?? [])
    .map((edge) => edge.node)
    .filter((r) => r.status !== 'CANCELLED');
  const confirmed = upcoming.filter((r) => r.status === 'CONFIRMED');
  const waitlisted = upcoming.filter((r) => r.status === 'WAITLISTED');
  const past = (viewer.pastRegistrations?.edges ?? []).map((edge) => edge.node).filter((r) => r.status === 'CONFIRMED');
  const nothing = confirmed.length === 0 && waitlisted.length === 0 && past.length === 0;

  return (
    <>
      {nothing && (
        <div className="notice">
          <p>{t('workshops.mine.empty')}</p>
          <Link href={WORKSHOP_PATHS.agenda} className="button">
            {t('workshops.mine.browse')}
          </Link>
        </div>
      )}
      <section aria-labelledby="mine-confirmed">
        <h2 id="mine-confirmed">{t('workshops.mine.confirmedTitle', { count: confirmed.length })}</h2>
        {confirmed.length === 0 ? (
          <p className="muted">{t('workshops.mine.noConfirmed')}</p>
        ) : (
          <RegistrationList registrations={confirmed} />
        )}
      </section>
      <section aria-labelledby="mine-waitlisted">
        <h2 id="mine-waitlisted">{t('workshops.mine.waitlistedTitle', { count: waitlisted.length })}</h2>
        {waitlisted.length === 0 ? (
          <p className="muted">{t('workshops.mine.noWaitlisted')}</p>
        ) : (
          <RegistrationList registrations={waitlisted} />
        )}
      </section>
      <section aria-labelledby="mine-past">
        <h2 id="mine-past">{t('workshops.mine.pastTitle')}</h2>
        {past.length === 0 ? (
          <p className="muted">{t('workshops.mine.noPast')}</p>
        ) : (
          <RegistrationList registrations={past} past />
        )}
      </section>
      <CalendarFeed feed={viewer.calendarFeed ?? null} />
    </>
  );
}

function RegistrationList({ registrations, past = false }: { registrations: Registration[]; past?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="cards">
      {registrations.map((registration) => {
        const { workshop } = registration;
        const feedbackDue =
          past && workshop.status === 'COMPLETED' && registration.attended === true && !registration.feedbackAt;
        return (
          <li key={registration.id} className="card">
            <article aria-labelledby={`reg-${registration.id}`}>
              <WorkshopSummary workshop={workshop} titleId={`reg-${registration.id}`} heading="h3" />
              {registration.status === 'WAITLISTED' && (
                <p className="wk-status wk-status-waitlisted">
                  {t('workshops.register.waitlisted', { position: registration.waitlistPosition })}
                </p>
              )}
              {registration.status === 'CONFIRMED' && !past && (
                <p className="wk-status wk-status-confirmed">{t('workshops.register.confirmed')}</p>
              )}
              {workshop.status === 'CANCELLED' && <p className="badge badge-full">{t('workshops.status.CANCELLED')}</p>}
              {past && registration.attended === false && <p className="muted">{t('workshops.mine.absent')}</p>}
              {past && registration.feedbackAt && (
                <p className="muted">{t('workshops.mine.feedbackGiven', { rating: registration.feedbackRating })}</p>
              )}
              {feedbackDue && (
                <Link href={`${workshopPath(workshop.slug)}#avis`} className="button">
                  {t('workshops.mine.giveFeedback')}
                </Link>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}

function CalendarFeed({ feed }: { feed: Viewer['calendarFeed'] }) {
  const { t, language } = useTranslation();
  const [{ fetching }, regenerate] = useMutation(RegenerateCalendarFeedDocument);
  const [{ fetching: revoking }, revokeFeed] = useMutation(RevokeCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function issue(): Promise<Trouble | null> {
    setTrouble(null);
    const result = await regenerate({});
    const payload = result.data?.regenerateCalendarFeed;
    if (payload?.__typename === 'RegenerateCalendarFeedSuccess') {
      setUrl(payload.url);
      setMessage(t('workshops.feed.issued'));
      focusSoon('feed-url');
      return null;
    }
    return troubleOfAnswer(t, payload, result.error);
  }

  async function revoke(): Promise<Trouble | null> {
    setTrouble(null);
    const result = await revokeFeed({});
    const payload = result.data?.revokeCalendarFeed;
    if (payload?.__typename === 'RevokeCalendarFeedSuccess') {
      setUrl(null);
      setMessage(t('workshops.feed.revoked'));
      return null;
    }
    return troubleOfAnswer(t, payload, result.error);
  }

  return (
    <section aria-labelledby="feed-title" className="panel">
      <h2 id="feed-title">{t('workshops.feed.title')}</h2>
      <p>{t('workshops.feed.intro')}</p>
      <LiveStatus message={message} />
      <TroubleAlert trouble={trouble} />
      {url && (
        <div className="secret-box">
          <label htmlFor="feed-url">{t('workshops.feed.address')}</label>
          <input
            id="feed-url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="feed-warning"
          />
          <p id="feed-warning" className="notice-warning">
            {t('workshops.feed.warning')}
          </p>
          <CopyButton value={url} label={t('workshops.feed.copy')} />
        </div>
      )}
      {feed && !url && (
        <p className="muted">
          {t('workshops.feed.existing', { date: formatDateTime(feed.createdAt, language) })}{' '}
          {feed.lastUsedAt
            ? t('workshops.feed.lastUsed', { date: formatDateTime(feed.lastUsedAt, language) })
            : t('workshops.feed.neverUsed')}
        </p>
      )}
      {feed || url ? (
        <ConfirmButton
          label={t('workshops.feed.regenerate')}
          title={t('workshops.feed.regenerateTitle')}
          confirmLabel={t('workshops.feed.regenerateConfirm')}
          disabled={fetching}
          onConfirm={issue}
        >
          <p>{t('workshops.feed.regenerateBody')}</p>
        </ConfirmButton>
      ) : null}
      {feed || url ? (
        <ConfirmButton
          label={t('workshops.feed.revoke')}
          title={t('workshops.feed.revokeTitle')}
          confirmLabel={t('workshops.feed.revokeConfirm')}
          disabled={revoking}
          onConfirm={revoke}
        >
          <p>{t('workshops.feed.revokeBody')}</p>
        </ConfirmButton>
      ) : (
        <button
          type="button"
          disabled={fetching}
          onClick={async () => {
            const problem = await issue();
            if (problem) setTrouble(problem);
          }}
        >
          {fetching ? t('common.sending') : t('workshops.feed.create')}
        </button>
      )}
    </section>
  );
}
