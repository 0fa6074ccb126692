// Commitments (engagements) — "respecter les engagements": who promised what, by when, what became
// of it, with every change kept. Members commit themselves; coordinators commit any member and
// change any status; the committed member changes their own.
import {
  CollectiveCommitmentChangeDocument,
  CollectiveCommitmentCreateDocument,
  CollectiveCommitmentsDocument,
  type CollectiveCommitmentItemFragment,
  type CommitmentStatus,
} from '@ekoacteurs/client';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { dueDateRule, RULES } from './rules.ts';
import { formatDate, formatDay, todayInParis } from '../shared/dates.ts';
import { TroubleAlert, useFocusSoon, FormActions, FormOpener } from '@ekoacteurs/ui';
import { SelectField, TextArea, TextField } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, type Trouble, troubleOnForm } from '../shared/outcome.ts';
import { listPageState, useListPage, usePages, type PageEnd, ShowMore } from '../shared/pages.tsx';
import type { SectionProps, Standing } from './standing.ts';
import { EditorForm } from './EditorForm.tsx';
import { useInlineEditor } from './useInlineEditor.ts';

const PAGE_SIZE = 10;
const STATUSES: CommitmentStatus[] = ['OPEN', 'KEPT', 'RENEGOTIATED', 'MISSED'];

export function CommitmentsSection({ collective, standing, announce }: SectionProps) {
  const { t, language } = useTranslation();
  const { pages, report, more, loadMore } = usePages();
  const focusSoon = useFocusSoon();

  return (
    <section id="engagements" aria-labelledby="commitments-title">
      <h2 id="commitments-title">{t('collectives.commitments.title')}</h2>
      <p className="muted">{t('collectives.commitments.intro')}</p>
      {standing.isMember && !standing.archived && (
        <NewCommitment
          collective={collective}
          standing={standing}
          onCreated={(commitment) => {
            announce(t('collectives.commitments.created', { date: formatDay(commitment.dueOn, language) }));
            focusSoon(`commitment-${commitment.id}`);
          }}
        />
      )}
      <ul className="commitment-list">
        {pages.map((after, index) => (
          <CommitmentsPage
            key={after ?? 'first'}
            slug={collective.slug}
            after={after}
            index={index}
            standing={standing}
            announce={announce}
            onPage={report}
          />
        ))}
      </ul>
      <ShowMore more={more} onMore={loadMore} label={t('collectives.commitments.more')} />
    </section>
  );
}

function CommitmentsPage({
  slug,
  after,
  index,
  standing,
  announce,
  onPage,
}: {
  slug: string;
  after: string | null;
  index: number;
  standing: Standing;
  announce: (message: string) => void;
  onPage: (end: PageEnd) => void;
}) {
  const first = index === 0;
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CollectiveCommitmentsDocument,
    variables: { slug, first: PAGE_SIZE, after },
  });
  const list = data?.collective?.commitments;
  // Reported whenever the page's end changes (a page loaded, a commitment added); a page loaded on
  // demand focuses its first commitment.
  useListPage(list ?? undefined, index, onPage, 'commitment-', '');
  const state = listPageState({
    hasData: !!data,
    fetching,
    error: !!error,
    loading: t('collectives.commitments.loading'),
    failed: t('collectives.commitments.error'),
    onRetry: () => reexecute({ requestPolicy: 'network-only' }),
    empty:
      first && list && list.edges.length === 0
        ? standing.archived
          ? t('collectives.commitments.emptyArchived')
          : t('collectives.commitments.empty')
        : null,
  });
  if (state) return state;
  return (
    <>
      {list?.edges.map(({ node }) => (
        <Commitment key={node.id} commitment={node} standing={standing} announce={announce} />
      ))}
    </>
  );
}

function Commitment({
  commitment,
  standing,
  announce,
}: {
  commitment: CollectiveCommitmentItemFragment;
  standing: Standing;
  announce: (message: string) => void;
}) {
  const { t, language } = useTranslation();
  const [changing, setChanging] = useState(false);
  const focusSoon = useFocusSoon();
  const mine = !!standing.viewerId && commitment.member?.id === standing.viewerId;
  const canChange = !standing.archived && (standing.isCoordinator || mine);
  const late =
    (commitment.status === 'OPEN' || commitment.status === 'RENEGOTIATED') && commitment.dueOn < todayInParis();
  const titleId = `commitment-${commitment.id}`;

  return (
    <li className="card commitment">
      <article aria-labelledby={titleId}>
        <p className="eyebrow">
          <span className={`status status-${commitment.status.toLowerCase()}`}>
            {t(`collectives.commitments.status.${commitment.status}`)}
          </span>
          {late && <span className="badge badge-full"> {t('collectives.commitments.late')}</span>}
        </p>
        <h3 id={titleId} tabIndex={-1}>
          {commitment.description}
        </h3>
        <p>
          {t('collectives.commitments.who', { name: commitment.member?.displayName ?? t('collectives.formerMember') })}{' '}
          ·{' '}
          <time dateTime={commitment.dueOn}>
            {t('collectives.commitments.due', { date: formatDay(commitment.dueOn, language) })}
          </time>
        </p>
        <details>
          <summary>{t('collectives.commitments.history', { count: commitment.changes.length })}</summary>
          <ol className="history">
            {commitment.changes.map((change, index) => (
              <li key={index}>
                <time dateTime={change.createdAt}>{formatDate(change.createdAt, language)}</time> —{' '}
                {t('collectives.commitments.by', {
                  name: change.changedBy?.displayName ?? t('collectives.formerMember'),
                })}{' '}
                {change.fromStatus === null
                  ? t('collectives.commitments.changeCreated', {
                      date: change.toDueOn ? formatDay(change.toDueOn, language) : '',
                    })
                  : change.toDueOn && change.fromDueOn
                    ? t('collectives.commitments.changeRenegotiated', {
                        from: formatDay(change.fromDueOn, language),
                        to: formatDay(change.toDueOn, language),
                      })
                    : t('collectives.commitments.changeStatus', {
                        from: t(`collectives.commitments.status.${change.fromStatus}`),
                        to: t(`collectives.commitments.status.${change.toStatus}`),
                      })}
                {change.note && <q className="note">{change.note}</q>}
              </li>
            ))}
          </ol>
        </details>
        {canChange &&
          (changing ? (
            <ChangeStatus
              commitment={commitment}
              onDone={(status) => {
                setChanging(false);
                if (status)
                  announce(
                    t('collectives.commitments.changed', { status: t(`collectives.commitments.status.${status}`) }),
                  );
                focusSoon(status ? titleId : `commitment-change-${commitment.id}`);
              }}
            />
          ) : (
            <button
              id={`commitment-change-${commitment.id}`}
              type="button"
              className="secondary"
              aria-label={t('collectives.commitments.changeLabel', { description: commitment.description })}
              onClick={() => setChanging(true)}
            >
              {t('collectives.commitments.change')}
            </button>
          ))}
      </article>
    </li>
  );
}

function ChangeStatus({
  commitment,
  onDone,
}: {
  commitment: CollectiveCommitmentItemFragment;
  onDone: (status: CommitmentStatus | null) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, change] = useMutation(CollectiveCommitmentChangeDocument);
  const base = `change-${commitment.id.replace(/\W/g, '')}`;
  // Any other status; renegotiating again (a new date) is always possible.
  const choices = STATUSES.filter((status) => status !== commitment.status || status === 'RENEGOTIATED');
  const [status, setStatus] = useState<CommitmentStatus>(commitment.status === 'OPEN' ? 'KEPT' : choices[0]!);
  const renegotiating = status === 'RENEGOTIATED';
  const form = useForm(
    base,
    { dueOn: '', note: '' },
    {
      dueOn: renegotiating
        ? {
            required: true,
            check: (value) =>
              dueDateRule.check!(value) ??
              (value === commitment.dueOn ? { key: 'collectives.commitments.sameDate' } : null),
          }
        : undefined,
      note: RULES.note,
    },
  );

  const { trouble, setTrouble, begin } = useInlineEditor(`${base}-status`, () => form.validate());

  async function submit(event: FormEvent) {
    if (!begin(event)) return;
    const result = await change({
      id: commitment.id,
      input: { status, dueOn: renegotiating ? form.values.dueOn : null, note: form.values.note.trim() || null },
    });
    const outcome = outcomeOf(result.data?.changeCommitmentStatus, result.error, 'CommitmentSuccess');
    if (outcome.kind === 'done') return onDone(status);
    setTrouble(troubleOnForm(outcome, form));
  }

  return (
    <EditorForm
      label={t('collectives.commitments.changeLabel', { description: commitment.description })}
      onSubmit={submit}
      trouble={trouble}
      sending={fetching}
      onCancel={() => onDone(null)}
    >
      <div className="field">
        <label htmlFor={`${base}-status`}>{t('collectives.commitments.newStatus')}</label>
        <select
          id={`${base}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as CommitmentStatus)}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'RENEGOTIATED'
                ? t('collectives.commitments.renegotiate')
                : t(`collectives.commitments.status.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {renegotiating && (
        <TextField
          field={form.field('dueOn')}
          type="date"
          label={t('collectives.commitments.newDate')}
          hint={t('collectives.commitments.dateHint')}
        />
      )}
      <TextArea
        field={form.field('note')}
        label={t('collectives.commitments.note')}
        hint={t('collectives.commitments.noteHint')}
        optional
        rows={2}
      />
    </EditorForm>
  );
}

function NewCommitment({
  collective,
  standing,
  onCreated,
}: {
  collective: SectionProps['collective'];
  standing: Standing;
  onCreated: (commitment: { id: string; dueOn: string }) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ fetching }, create] = useMutation(CollectiveCommitmentCreateDocument);
  const members = collective.members.edges.map((edge) => edge.node.member);
  const form = useForm(
    'new-commitment',
    { memberId: standing.viewerId ?? '', description: '', dueOn: '' },
    {
      memberId: { required: true },
      description: RULES.commitment,
      dueOn: dueDateRule,
    },
  );
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  useEffect(() => {
    if (open)
      document
        .getElementById(standing.isCoordinator ? 'new-commitment-memberId' : 'new-commitment-description')
        ?.focus();
  }, [open, standing.isCoordinator]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    if (!form.validate()) return;
    const memberId = form.values.memberId && form.values.memberId !== standing.viewerId ? form.values.memberId : null;
    const result = await create({
      input: {
        collectiveId: collective.id,
        memberId,
        description: form.values.description.trim(),
        dueOn: form.values.dueOn,
      },
    });
    const outcome = outcomeOf(result.data?.createCommitment, result.error, 'CommitmentSuccess');
    if (outcome.kind === 'done') {
      form.reset();
      setOpen(false);
      onCreated(outcome.payload.commitment);
      return;
    }
    setTrouble(troubleOnForm(outcome, form));
  }

  if (!open) {
    return (
      <FormOpener id="new-commitment-open" onOpen={() => setOpen(true)}>
        {t('collectives.commitments.add')}
      </FormOpener>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="new-commitment-title">
      <h3 id="new-commitment-title">{t('collectives.commitments.addTitle')}</h3>
      {standing.isCoordinator ? (
        <SelectField
          field={form.field('memberId')}
          label={t('collectives.commitments.member')}
          hint={t('collectives.commitments.memberHint')}
        >
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.id === standing.viewerId
                ? t('collectives.commitments.myself', { name: member.displayName })
                : member.displayName}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="muted">{t('collectives.commitments.forYourself')}</p>
      )}
      <TextArea
        field={form.field('description')}
        label={t('collectives.commitments.description')}
        hint={t('collectives.commitments.descriptionHint')}
        rows={2}
      />
      <TextField
        field={form.field('dueOn')}
        type="date"
        label={t('collectives.commitments.dueOn')}
        hint={t('collectives.commitments.dateHint')}
      />
      <TroubleAlert trouble={trouble} />
      <FormActions
        sending={fetching}
        submit={t('collectives.commitments.submit')}
        onCancel={() => {
          setOpen(false);
          form.reset();
          window.setTimeout(() => document.getElementById('new-commitment-open')?.focus(), 0);
        }}
        cancel={t('collectives.cancel')}
      />
    </form>
  );
}
