// One workshop (/agenda/:slug): what, when (in its time zone), where, who leads it, the seats left;
// register (a seat, or the waitlist with its position), cancel after confirming, add it to a
// calendar, and after attending, rate it.
import './catalogue.ts';
import {
  CancelRegistrationDocument,
  LeaveWorkshopFeedbackDocument,
  RegisterForWorkshopDocument,
  WorkshopDetailDocument,
  type WorkshopDetailQuery,
} from '@ekoacteurs/client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link, useRoute } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { formatDateRange } from '../format.ts';
import { ROUTES } from '../routes.ts';
import {
  ConfirmButton,
  focusSoon,
  LiveStatus,
  Skeleton,
  LoadFailed,
  ScreenTitle,
  TroubleAlert,
  useNow,
  type Trouble,
  fieldErrorsByName,
  RadioGroup,
} from '@ekoacteurs/ui';
import { troubleOfAnswer } from '../shared/troubles.ts';
import { formatDateTime } from '../shared/dates.ts';
import { WORKSHOP_PATHS } from './paths.ts';
import './workshops.css';

type Workshop = NonNullable<WorkshopDetailQuery['workshop']>;
type Registration = NonNullable<Workshop['viewerRegistration']>;

export function WorkshopPage() {
  const { t } = useTranslation();
  const [, params] = useRoute<{ slug: string }>(WORKSHOP_PATHS.one);
  const slug = params?.slug ?? '';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkshopDetailDocument,
    variables: { slug },
    pause: !slug,
  });

  if (fetching && !data) return <Skeleton label={t('workshops.detail.loading')} />;
  if (error && !data)
    return (
      <LoadFailed message={t('workshops.detail.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  const workshop = data?.workshop;
  if (!workshop) {
    return (
      <section aria-labelledby="workshop-missing" className="wk-screen">
        <ScreenTitle id="workshop-missing">{t('workshops.detail.missingTitle')}</ScreenTitle>
        <p>{t('workshops.detail.missing')}</p>
        <Link href={WORKSHOP_PATHS.agenda}>{t('workshops.detail.backToAgenda')}</Link>
      </section>
    );
  }
  return <WorkshopView workshop={workshop} />;
}

function WorkshopView({ workshop }: { workshop: Workshop }) {
  const { t, language } = useTranslation();
  const english = language.startsWith('en');
  const parisNote =
    workshop.timeZone === 'Europe/Paris'
      ? t('workshops.detail.parisTime')
      : t('workshops.detail.timeZone', { zone: workshop.timeZone });
  return (
    <article aria-labelledby="workshop-title" className="wk-screen wk-detail">
      <p>
        <Link href={WORKSHOP_PATHS.agenda}>{t('workshops.detail.backToAgenda')}</Link>
      </p>
      <p className="eyebrow">
        {t(`workshops.kind.${workshop.kind}`)} · {t(`workshops.format.${workshop.format}`)}
      </p>
      <ScreenTitle id="workshop-title">{workshop.title}</ScreenTitle>
      {workshop.status === 'CANCELLED' && <p className="notice notice-error">{t('workshops.detail.cancelled')}</p>}
      {workshop.status === 'COMPLETED' && <p className="notice">{t('workshops.detail.completed')}</p>}

      <div className="wk-columns">
        <div>
          <dl className="wk-facts">
            <dt>{t('workshops.detail.when')}</dt>
            <dd>
              <time dateTime={workshop.startsAt}>
                {formatDateRange(workshop.startsAt, workshop.endsAt, workshop.timeZone, language)}
              </time>{' '}
              <span className="muted">({parisNote})</span>
            </dd>
            {workshop.place && (
              <>
                <dt>{t('workshops.detail.where')}</dt>
                <dd>{workshop.place}</dd>
              </>
            )}
            {workshop.format !== 'IN_PERSON' && (
              <>
                <dt>{t('workshops.detail.online')}</dt>
                <dd>
                  {workshop.onlineUrl ? (
                    <a href={workshop.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {t('workshops.detail.joinOnline')}
                    </a>
                  ) : (
                    <span className="muted">{t('workshops.detail.onlineForConfirmed')}</span>
                  )}
                </dd>
              </>
            )}
            <dt>{t('workshops.detail.seats')}</dt>
            <dd>
              <span className={workshop.seatsLeft === 0 ? 'badge badge-full' : 'badge'}>
                {t('workshops.seatsLeft', { count: workshop.seatsLeft, capacity: workshop.capacity })}
              </span>
              {workshop.waitlistCount > 0 && (
                <span className="muted"> {t('workshops.detail.waitlistCount', { count: workshop.waitlistCount })}</span>
              )}
            </dd>
            {workshop.facilitators.length > 0 && (
              <>
                <dt>{t('workshops.detail.facilitators')}</dt>
                <dd>
                  <ul className="wk-inline-list">
                    {workshop.facilitators.map((facilitator) => (
                      <li key={facilitator.id}>
                        <a href={`/membres/${encodeURIComponent(facilitator.handle)}`}>{facilitator.displayName}</a>
                        {facilitator.headline && <span className="muted"> — {facilitator.headline}</span>}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {workshop.skills.length > 0 && (
              <>
                <dt>{t('workshops.detail.skills')}</dt>
                <dd>
                  <ul className="chips">
                    {workshop.skills.map((skill) => (
                      <li key={skill.id}>{english ? skill.nameEn : skill.name}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <p>
            <a className="button secondary" href={workshop.calendarUrl} download>
              {t('workshops.detail.addToCalendar')}
            </a>
          </p>
        </div>
        <RegistrationPanel workshop={workshop} />
      </div>

      {workshop.descriptionHtml && (
        <section aria-labelledby="workshop-about">
          <h2 id="workshop-about">{t('workshops.detail.about')}</h2>
          <div className="wk-description" dangerouslySetInnerHTML={{ __html: workshop.descriptionHtml }} />
        </section>
      )}
      {workshop.status === 'COMPLETED' && workshop.viewerRegistration?.attended && (
        <FeedbackForm workshopId={workshop.id} registration={workshop.viewerRegistration} />
      )}
    </article>
  );
}

function RegistrationPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const { viewer, fetching: loadingViewer } = useViewer();
  const [{ fetching: registering }, register] = useMutation(RegisterForWorkshopDocument);
  const [, cancel] = useMutation(CancelRegistrationDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const now = useNow();
  const registration = workshop.viewerRegistration;
  const active = registration && registration.status !== 'CANCELLED' ? registration : null;
  const open = workshop.status === 'PUBLISHED' && new Date(workshop.startsAt).getTime() > now;

  async function join() {
    setTrouble(null);
    setMessage(null);
    const result = await register({ workshopId: workshop.id });
    const payload = result.data?.registerForWorkshop;
    if (payload?.__typename === 'RegistrationSuccess') {
      // One confirmation: the panel now says where the member stands, and focus moves there (read
      // out by screen readers), rather than a second "done" message above it.
      focusSoon('registration-status');
      return;
    }
    setTrouble(troubleOfAnswer(t, payload, result.error));
  }

  async function leave(): Promise<Trouble | null> {
    const result = await cancel({ workshopId: workshop.id });
    const payload = result.data?.cancelRegistration;
    if (payload?.__typename === 'RegistrationSuccess') {
      setMessage(t('workshops.register.doneCancelled'));
      focusSoon('registration-title');
      return null;
    }
    return troubleOfAnswer(t, payload, result.error);
  }

  return (
    <section aria-labelledby="registration-title" className="panel">
      <h2 id="registration-title">{t('workshops.register.title')}</h2>
      <LiveStatus message={message} />
      <TroubleAlert trouble={trouble} />
      {loadingViewer ? (
        <Skeleton label={t('common.loading')} />
      ) : !viewer ? (
        <p>
          <Link href={`${ROUTES.signIn}?retour=${encodeURIComponent(location.pathname)}`}>
            {t('workshops.register.signInFirst')}
          </Link>
        </p>
      ) : active ? (
        <>
          <p
            id="registration-status"
            className={
              active.status === 'CONFIRMED' ? 'wk-status wk-status-confirmed' : 'wk-status wk-status-waitlisted'
            }
          >
            {active.status === 'CONFIRMED'
              ? t('workshops.register.confirmed')
              : t('workshops.register.waitlisted', { position: active.waitlistPosition })}
          </p>
          <p className="muted">
            {active.status === 'CONFIRMED'
              ? t('workshops.register.confirmedHint')
              : t('workshops.register.waitlistedHint')}
          </p>
          {open && (
            <ConfirmButton
              label={
                active.status === 'CONFIRMED' ? t('workshops.register.cancel') : t('workshops.register.leaveWaitlist')
              }
              title={t('workshops.register.cancelTitle')}
              confirmLabel={t('workshops.register.cancelConfirm')}
              onConfirm={leave}
            >
              <p>
                {active.status === 'CONFIRMED'
                  ? t('workshops.register.cancelBodyConfirmed')
                  : t('workshops.register.cancelBodyWaitlisted')}
              </p>
            </ConfirmButton>
          )}
        </>
      ) : open ? (
        <>
          <p>
            {workshop.seatsLeft > 0
              ? t('workshops.register.seatsOpen')
              : t('workshops.register.fullHint', { count: workshop.waitlistCount })}
          </p>
          <button type="button" onClick={join} disabled={registering}>
            {registering
              ? t('common.sending')
              : workshop.seatsLeft > 0
                ? t('workshops.register.join')
                : t('workshops.register.joinWaitlist')}
          </button>
        </>
      ) : (
        <p className="muted">{t('workshops.register.closed')}</p>
      )}
    </section>
  );
}

const COMMENT_MAX = 2000;

function FeedbackForm({ workshopId, registration }: { workshopId: string; registration: Registration }) {
  const { t, language } = useTranslation();
  const id = useId();
  const [rating, setRating] = useState<number | null>(registration.feedbackRating ?? null);
  const [comment, setComment] = useState(registration.feedbackComment ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, send] = useMutation(LeaveWorkshopFeedbackDocument);
  const ratingProblem = rating === null ? t('workshops.feedback.ratingRequired') : null;
  const commentProblem =
    comment.trim().length > COMMENT_MAX ? t('workshops.feedback.commentTooLong', { max: COMMENT_MAX }) : null;
  const ratingError = fieldErrors.rating ?? (submitted ? ratingProblem : null);
  const commentError = fieldErrors.comment ?? commentProblem;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setMessage(null);
    setTrouble(null);
    if (ratingProblem) return focusSoon(`${id}-rating-1`);
    if (commentProblem) return focusSoon(`${id}-comment`);
    const result = await send({ workshopId, rating: rating!, comment: comment.trim() || null });
    const payload = result.data?.leaveWorkshopFeedback;
    if (payload?.__typename === 'LeaveWorkshopFeedbackSuccess') {
      setFieldErrors({});
      setMessage(t('workshops.feedback.thanks'));
      focusSoon(`${id}-title`);
      return;
    }
    if (payload?.__typename === 'ValidationError') {
      setFieldErrors(fieldErrorsByName(payload.fieldErrors));
    }
    setTrouble(troubleOfAnswer(t, payload, result.error));
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel" id="avis">
      <h2 id={`${id}-title`}>{t('workshops.feedback.title')}</h2>
      {registration.feedbackAt && (
        <p className="muted">
          {t('workshops.feedback.given', { date: formatDateTime(registration.feedbackAt, language) })}
        </p>
      )}
      <LiveStatus message={message} />
      <TroubleAlert trouble={trouble} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          className="wk-rating"
          name={`${id}-rating`}
          legend={t('workshops.feedback.rating')}
          values={[1, 2, 3, 4, 5]}
          value={rating}
          onChange={(value) => {
            setRating(value);
            setFieldErrors(({ rating: _drop, ...rest }) => rest);
          }}
          labelOf={(value) => t(`workshops.feedback.stars.${value as 1 | 2 | 3 | 4 | 5}`)}
          error={ratingError}
        />
        <label htmlFor={`${id}-comment`}>
          {t('workshops.feedback.comment')} <span className="muted">{t('workshops.feedback.optional')}</span>
        </label>
        <textarea
          id={`${id}-comment`}
          rows={4}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setFieldErrors(({ comment: _drop, ...rest }) => rest);
          }}
          aria-invalid={!!commentError}
          aria-describedby={`${id}-comment-count${commentError ? ` ${id}-comment-error` : ''}`}
        />
        <p id={`${id}-comment-count`} className="muted small">
          {t('workshops.feedback.count', { count: comment.trim().length, max: COMMENT_MAX })}
        </p>
        {commentError && (
          <p id={`${id}-comment-error`} className="field-error">
            {commentError}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={fetching}>
            {fetching
              ? t('common.sending')
              : registration.feedbackAt
                ? t('workshops.feedback.update')
                : t('workshops.feedback.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
