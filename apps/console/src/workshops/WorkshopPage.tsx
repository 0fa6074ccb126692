// One workshop, for admins: what it is, where it stands, and what can be done next — publish a
// draft, edit, duplicate, cancel (participants are notified) — then its participants.
import {
  CancelWorkshopDocument,
  DuplicateWorkshopDocument,
  PublishWorkshopDocument,
  type AdminWorkshopDetailFragment,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { formatDateTimeRange, formatNumber, isoToZoned, zonedToIso } from '../format.ts';
import { to, ROUTES } from '../routes.ts';
import { ConfirmDialog, useAnnouncer } from '@ekoacteurs/ui';
import { useNow } from '../ui/useNow.ts';
import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';
import { Participants } from './Participants.tsx';
import { useAddressedWorkshop } from './useAddressedWorkshop.ts';
import { reasonField } from '../ui/reason-field.ts';

type Action = 'cancel' | 'duplicate';

export function WorkshopPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useAddressedWorkshop();
  if (fetching && !data) return <Loading label={t('workshop.loading')} />;
  if (error && !data)
    return (
      <Failure error={error} what={t('workshop.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  if (!data?.workshop) {
    return (
      <section>
        <PageTitle title={t('workshop.notFoundTitle')}>{t('workshop.notFoundTitle')}</PageTitle>
        <Empty>{t('workshop.notFound')}</Empty>
        <Link href={ROUTES.workshops}>{t('editor.backToList')}</Link>
      </section>
    );
  }
  return <WorkshopDetail workshop={data.workshop} />;
}

function WorkshopDetail({ workshop }: { workshop: AdminWorkshopDetailFragment }) {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const announce = useAnnouncer();
  const [{ fetching: publishing }, publish] = useMutation(PublishWorkshopDocument);
  const [, cancel] = useMutation(CancelWorkshopDocument);
  const [, duplicate] = useMutation(DuplicateWorkshopDocument);
  const [action, setAction] = useState<Action | null>(null);
  const n = (value: number) => formatNumber(value, language);
  const now = useNow();
  const ended = new Date(workshop.endsAt).getTime() < now;
  const cancellable = (workshop.status === 'DRAFT' || workshop.status === 'PUBLISHED') && !ended;

  async function onPublish() {
    const outcome = outcomeOf(await publish({ id: workshop.id }), 'publishWorkshop', 'WorkshopSuccess', t);
    if (outcome.ok) announce.success(t('workshop.published', { title: workshop.title }));
    else announce.error(`${t('workshop.publishFailed')} ${describeFailure(outcome)}`);
  }

  async function run(value: string) {
    if (action === 'cancel') {
      const outcome = outcomeOf(
        await cancel({ id: workshop.id, reason: value }),
        'cancelWorkshop',
        'WorkshopSuccess',
        t,
      );
      if (!outcome.ok) return describeFailure(outcome);
      announce.success(t('workshop.cancelled', { title: workshop.title }));
      return null;
    }
    const [, time] = isoToZoned(workshop.startsAt, workshop.timeZone);
    const startsAt = value ? zonedToIso(value, time, workshop.timeZone) : null;
    const outcome = outcomeOf(
      await duplicate({ id: workshop.id, startsAt }),
      'duplicateWorkshop',
      'WorkshopSuccess',
      t,
    );
    if (!outcome.ok) return describeFailure(outcome);
    announce.success(t('workshop.duplicated', { title: workshop.title }));
    navigate(to(ROUTES.workshop, { slug: outcome.payload.workshop.slug }));
    return null;
  }

  return (
    <article>
      <p>
        <Link href={ROUTES.workshops}>{t('editor.backToList')}</Link>
      </p>
      <p className="eyebrow">
        {t(`kind.${workshop.kind}`)} · {t(`format.${workshop.format}`)}
      </p>
      <PageTitle title={workshop.title}>{workshop.title}</PageTitle>
      <dl className="facts">
        <div>
          <dt>{t('workshops.status')}</dt>
          <dd>
            <span className={`badge workshop-${workshop.status}`}>{t(`status.workshop.${workshop.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('workshop.when')}</dt>
          <dd>{formatDateTimeRange(workshop.startsAt, workshop.endsAt, language, workshop.timeZone)}</dd>
        </div>
        {workshop.place && (
          <div>
            <dt>{t('editor.place')}</dt>
            <dd>{workshop.place}</dd>
          </div>
        )}
        {workshop.onlineUrl && (
          <div>
            <dt>{t('editor.onlineUrl')}</dt>
            <dd>{workshop.onlineUrl}</dd>
          </div>
        )}
        <div>
          <dt>{t('workshops.seats')}</dt>
          <dd>
            {t('workshop.fill', {
              count: workshop.confirmedCount,
              confirmed: n(workshop.confirmedCount),
              capacity: n(workshop.capacity),
              waitlist: n(workshop.waitlistCount),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('editor.facilitators')}</dt>
          <dd>{workshop.facilitators.map((f) => f.displayName).join(', ') || '—'}</dd>
        </div>
        {workshop.skills.length > 0 && (
          <div>
            <dt>{t('editor.skills')}</dt>
            <dd>{workshop.skills.map((s) => (language === 'en' ? s.nameEn : s.name)).join(', ')}</dd>
          </div>
        )}
      </dl>
      {workshop.description && (
        <details>
          <summary>{t('workshop.description')}</summary>
          <p className="pre-wrap">{workshop.description}</p>
        </details>
      )}

      <div className="actions" role="group" aria-label={t('workshop.actions')}>
        {workshop.status === 'DRAFT' && (
          <button type="button" onClick={onPublish} disabled={publishing}>
            {publishing ? t('common.working') : t('workshop.publish')}
          </button>
        )}
        {(workshop.status === 'DRAFT' || workshop.status === 'PUBLISHED') && (
          <Link href={to(ROUTES.editWorkshop, { slug: workshop.slug })} className="button secondary">
            {t('workshop.edit')}
          </Link>
        )}
        <button type="button" className="secondary" onClick={() => setAction('duplicate')}>
          {t('workshop.duplicate')}
        </button>
        {cancellable && (
          <button type="button" className="danger" onClick={() => setAction('cancel')}>
            {t('workshop.cancel')}
          </button>
        )}
      </div>
      {workshop.status === 'DRAFT' && <p className="muted">{t('workshop.draftNote')}</p>}

      {workshop.status !== 'DRAFT' && <Participants workshop={workshop} />}

      {action === 'cancel' && (
        <ConfirmDialog
          title={t('workshop.cancelTitle', { title: workshop.title })}
          confirmLabel={t('workshop.cancelConfirm')}
          tone="danger"
          field={reasonField(t('workshop.cancelReason'), t('workshop.cancelHint'))}
          onConfirm={run}
          onClose={() => setAction(null)}
          returnFocusTo={() => document.querySelector<HTMLElement>('main h1')}
        >
          <p>{t('workshop.cancelBody', { count: workshop.confirmedCount + workshop.waitlistCount })}</p>
        </ConfirmDialog>
      )}
      {action === 'duplicate' && (
        <ConfirmDialog
          title={t('workshop.duplicateTitle', { title: workshop.title })}
          confirmLabel={t('workshop.duplicateConfirm')}
          field={{ label: t('workshop.duplicateDate'), hint: t('workshop.duplicateHint'), type: 'date' }}
          onConfirm={run}
          onClose={() => setAction(null)}
        />
      )}
    </article>
  );
}
