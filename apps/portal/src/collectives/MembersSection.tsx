// Who is in the collective, their role and written responsibilities (rôles et responsabilités);
// invitations and requests waiting; coordinators set roles, answer requests and invite.
import {
  CollectiveJoinRequestAcceptDocument,
  CollectiveJoinRequestDeclineDocument,
  CollectiveMembershipUpdateDocument,
  type CollectiveMemberRowFragment,
} from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { InviteForm } from './InviteForm.tsx';
import { RULES } from './rules.ts';
import { Avatar, ConfirmButton, TroubleAlert, useFocusSoon } from '@ekoacteurs/ui';
import { formatDate } from '../shared/dates.ts';
import { SelectField, TextArea } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, type Trouble, troubleOnForm } from '../shared/outcome.ts';
import { acceptedCurrentCharter, type SectionProps } from './standing.ts';
import { EditorForm } from './EditorForm.tsx';
import { useInlineEditor } from './useInlineEditor.ts';

export function MembersSection({ collective, standing, announce }: SectionProps) {
  const { t, language } = useTranslation();
  const members = collective.members.edges.map((edge) => edge.node);
  const pending = collective.memberships?.edges.map((edge) => edge.node) ?? [];
  const invited = pending.filter((m) => m.status === 'INVITED');
  const requested = pending.filter((m) => m.status === 'REQUESTED');
  const [editingId, setEditingId] = useState<string | null>(null);
  const focusSoon = useFocusSoon();
  const coordinatorCount = members.filter((m) => m.role === 'COORDINATOR').length;

  return (
    <section id="membres" aria-labelledby="members-title">
      <h2 id="members-title" tabIndex={-1}>
        {t('collectives.members.titleCount', { count: collective.members.totalCount })}
      </h2>
      <ul className="member-list">
        {members.map((row) => (
          <li key={row.id} id={`member-${row.id}`}>
            <div className="member-head">
              <p className="with-avatar">
                <Avatar name={row.member.displayName} size="sm" />
                <a href={`/membres/${encodeURIComponent(row.member.handle)}`}>
                  <strong>{row.member.displayName}</strong>
                </a>{' '}
                <span className={row.role === 'COORDINATOR' ? 'badge' : 'badge badge-quiet'}>
                  {t(`collectives.role.${row.role}`)}
                </span>
                {row.member.id === standing.viewerId && <span className="muted"> {t('collectives.members.you')}</span>}
              </p>
              {row.member.headline && <p className="muted">{row.member.headline}</p>}
            </div>
            {editingId === row.id ? (
              <MemberEditor
                row={row}
                lastCoordinator={row.role === 'COORDINATOR' && coordinatorCount <= 1}
                onDone={(saved) => {
                  setEditingId(null);
                  if (saved) announce(t('collectives.members.saved', { name: row.member.displayName }));
                  focusSoon(`member-edit-${row.id}`);
                }}
              />
            ) : (
              <>
                {standing.isMember && (
                  <p className="pre-line">
                    <span className="label">{t('collectives.members.responsibilitiesLabel')}</span>{' '}
                    {row.responsibilities || (
                      <span className="muted">{t('collectives.members.noResponsibilities')}</span>
                    )}
                  </p>
                )}
                {standing.isMember && !acceptedCurrentCharter(row.charterAcceptedAt, collective.charterRevisedAt) && (
                  <p className="muted">{t('collectives.members.olderCharter')}</p>
                )}
                {standing.canManage && (
                  <button
                    id={`member-edit-${row.id}`}
                    type="button"
                    className="secondary"
                    aria-label={t('collectives.members.editLabel', { name: row.member.displayName })}
                    onClick={() => setEditingId(row.id)}
                  >
                    {t('collectives.members.edit')}
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {collective.members.totalCount > members.length && (
        <p className="muted">
          {t('collectives.members.more', { count: collective.members.totalCount - members.length })}
        </p>
      )}

      {standing.isMember && requested.length > 0 && (
        <section aria-labelledby="requests-waiting-title">
          <h3 id="requests-waiting-title" tabIndex={-1}>
            {t('collectives.members.requests', { count: requested.length })}
          </h3>
          <ul className="member-list">
            {requested.map((row) => (
              <JoinRequest key={row.id} row={row} canManage={standing.canManage} announce={announce} />
            ))}
          </ul>
        </section>
      )}

      {standing.isMember && invited.length > 0 && (
        <section aria-labelledby="invited-title">
          <h3 id="invited-title">{t('collectives.members.invited', { count: invited.length })}</h3>
          <ul className="member-list">
            {invited.map((row) => (
              <li key={row.id} className="with-avatar">
                <Avatar name={row.member.displayName} size="sm" />
                <strong>{row.member.displayName}</strong>{' '}
                <span className="muted">
                  {t('collectives.members.invitedOn', { date: formatDate(row.createdAt, language) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {standing.canManage && <InviteForm collective={collective} announce={announce} />}
    </section>
  );
}

function JoinRequest({
  row,
  canManage,
  announce,
}: {
  row: CollectiveMemberRowFragment;
  canManage: boolean;
  announce: (message: string) => void;
}) {
  const { t, language } = useTranslation();
  const [{ fetching: accepting }, accept] = useMutation(CollectiveJoinRequestAcceptDocument);
  const [, decline] = useMutation(CollectiveJoinRequestDeclineDocument);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const name = row.member.displayName;

  async function onAccept() {
    setTrouble(null);
    const result = await accept({ id: row.id });
    const outcome = outcomeOf(result.data?.acceptJoinRequest, result.error, 'CollectiveMembershipSuccess');
    if (outcome.kind === 'done') {
      announce(t('collectives.members.requestAccepted', { name }));
      window.setTimeout(() => document.getElementById(`member-${row.id}`)?.querySelector('a')?.focus(), 0);
    } else setTrouble(troubleOf(outcome));
  }

  async function onDecline(message: string) {
    const result = await decline({ id: row.id, message: message || null });
    const outcome = outcomeOf(result.data?.declineJoinRequest, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') {
      announce(t('collectives.members.requestDeclined', { name }));
      window.setTimeout(() => document.getElementById('members-title')?.focus(), 0);
    }
    return troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []);
  }

  return (
    <li>
      <p>
        <a href={`/membres/${encodeURIComponent(row.member.handle)}`}>
          <strong>{name}</strong>
        </a>{' '}
        <span className="muted">
          {t('collectives.members.requestedOn', { date: formatDate(row.createdAt, language) })}
        </span>
      </p>
      {row.member.headline && <p className="muted">{row.member.headline}</p>}
      <TroubleAlert trouble={trouble} />
      {canManage && (
        <p className="actions compact">
          <button
            type="button"
            onClick={onAccept}
            disabled={accepting}
            aria-label={t('collectives.members.acceptLabel', { name })}
          >
            {accepting ? t('common.sending') : t('collectives.members.accept')}
          </button>
          <ConfirmButton
            label={t('collectives.members.decline')}
            ariaLabel={t('collectives.members.declineLabel', { name })}
            title={t('collectives.members.declineTitle', { name })}
            confirmLabel={t('collectives.members.declineConfirm')}
            field={{
              optional: true,
              label: t('collectives.members.declineMessage'),
              hint: t('collectives.members.declineHint'),
              maxLength: RULES.message.max,
            }}
            onConfirm={onDecline}
          />
        </p>
      )}
    </li>
  );
}

function MemberEditor({
  row,
  lastCoordinator,
  onDone,
}: {
  row: CollectiveMemberRowFragment;
  lastCoordinator: boolean;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, update] = useMutation(CollectiveMembershipUpdateDocument);
  const base = `membership-${row.id.replace(/\W/g, '')}`;
  const initial = { role: row.role as string, responsibilities: row.responsibilities ?? '' };
  const form = useForm(base, initial, { responsibilities: RULES.responsibilities });

  const { trouble, setTrouble, begin } = useInlineEditor(`${base}-role`, () => form.validate());

  async function submit(event: FormEvent) {
    if (!begin(event)) return;
    const role = form.values.role !== initial.role ? (form.values.role as 'COORDINATOR' | 'MEMBER') : null;
    const responsibilities =
      form.values.responsibilities.trim() !== initial.responsibilities.trim()
        ? form.values.responsibilities.trim()
        : null;
    if (role === null && responsibilities === null) return onDone(false);
    const result = await update({ id: row.id, role, responsibilities });
    const outcome = outcomeOf(result.data?.updateCollectiveMembership, result.error, 'CollectiveMembershipSuccess');
    if (outcome.kind === 'done') return onDone(true);
    setTrouble(troubleOnForm(outcome, form));
  }

  return (
    <EditorForm
      label={t('collectives.members.editLabel', { name: row.member.displayName })}
      onSubmit={submit}
      trouble={trouble}
      sending={fetching}
      onCancel={() => onDone(false)}
    >
      <SelectField
        field={form.field('role')}
        label={t('collectives.members.role')}
        hint={lastCoordinator ? t('collectives.members.lastCoordinatorHint') : t('collectives.members.roleHint')}
      >
        <option value="COORDINATOR">{t('collectives.role.COORDINATOR')}</option>
        <option value="MEMBER" disabled={lastCoordinator}>
          {t('collectives.role.MEMBER')}
        </option>
      </SelectField>
      <TextArea
        field={form.field('responsibilities')}
        label={t('collectives.members.responsibilitiesOf', { name: row.member.displayName })}
        hint={t('collectives.members.responsibilitiesHint')}
        rows={4}
      />
    </EditorForm>
  );
}
