// One member, as admins see them: profile, status and platform role (with the actions that change
// them), and their activity: balance, workshops, recommendations, collectives, audited actions.
import {
  AdminMemberDocument,
  ReactivateMemberDocument,
  SetMemberRoleDocument,
  SuspendMemberDocument,
  type AdminMemberQuery,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { formatDate, formatDateTime, formatNumber } from '../format.ts';
import { paramId, to, ROUTES } from '../routes.ts';
import { ConfirmDialog, useAnnouncer } from '@ekoacteurs/ui';
import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';
import { MemberActivity } from './MemberActivity.tsx';
import { reasonField } from '../ui/reason-field.ts';

type Member = Extract<NonNullable<AdminMemberQuery['node']>, { __typename: 'Member' }>;
type Action = 'suspend' | 'reactivate' | 'makeAdmin' | 'makeMember';

export function MemberPage() {
  const { t } = useTranslation();
  const id = paramId(useParams<{ id: string }>().id);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminMemberDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const member = data?.node?.__typename === 'Member' ? data.node : null;

  if (fetching && !data) return <Loading label={t('member.loading')} />;
  if (error && !data)
    return (
      <Failure error={error} what={t('member.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  if (!member) {
    return (
      <section>
        <PageTitle title={t('member.notFoundTitle')}>{t('member.notFoundTitle')}</PageTitle>
        <Empty>{t('member.notFound')}</Empty>
        <Link href={ROUTES.members}>{t('member.backToList')}</Link>
      </section>
    );
  }
  return <MemberProfile member={member} refresh={() => reexecute({ requestPolicy: 'network-only' })} />;
}

function MemberProfile({ member, refresh }: { member: Member; refresh: () => void }) {
  const { t, language } = useTranslation();
  const announce = useAnnouncer();
  const [action, setAction] = useState<Action | null>(null);
  const [, suspend] = useMutation(SuspendMemberDocument);
  const [, reactivate] = useMutation(ReactivateMemberDocument);
  const [, setRole] = useMutation(SetMemberRoleDocument);
  const n = (value: number) => formatNumber(value, language);
  const skillName = (skill: Member['skills'][number]['skill']) => (language === 'en' ? skill.nameEn : skill.name);

  async function run(value: string) {
    if (!action) return;
    const memberId = member.id;
    let outcome;
    if (action === 'suspend')
      outcome = outcomeOf(await suspend({ memberId, reason: value }), 'suspendMember', 'MemberSuccess', t);
    else if (action === 'reactivate')
      outcome = outcomeOf(await reactivate({ memberId }), 'reactivateMember', 'MemberSuccess', t);
    else
      outcome = outcomeOf(
        await setRole({ memberId, role: action === 'makeAdmin' ? 'ADMIN' : 'MEMBER' }),
        'setMemberRole',
        'MemberSuccess',
        t,
      );
    if (!outcome.ok) return describeFailure(outcome);
    announce.success(t(`member.done.${action}`, { name: member.displayName }));
    // Sessions end with a suspension: show what changed beyond the status.
    refresh();
    return null;
  }

  const dialog =
    action &&
    {
      suspend: {
        title: t('member.suspendTitle', { name: member.displayName }),
        body: t('member.suspendBody'),
        confirm: t('member.suspend'),
        tone: 'danger' as const,
        field: reasonField(t('member.reason'), t('member.reasonHint')),
      },
      reactivate: {
        title: t('member.reactivateTitle', { name: member.displayName }),
        body: t('member.reactivateBody'),
        confirm: t('member.reactivate'),
        tone: 'default' as const,
        field: undefined,
      },
      makeAdmin: {
        title: t('member.makeAdminTitle', { name: member.displayName }),
        body: t('member.makeAdminBody'),
        confirm: t('member.makeAdmin'),
        tone: 'default' as const,
        field: undefined,
      },
      makeMember: {
        title: t('member.makeMemberTitle', { name: member.displayName }),
        body: t('member.makeMemberBody'),
        confirm: t('member.makeMember'),
        tone: 'danger' as const,
        field: undefined,
      },
    }[action];

  return (
    <article>
      <p>
        <Link href={ROUTES.members}>{t('member.backToList')}</Link>
      </p>
      <PageTitle title={member.displayName}>{member.displayName}</PageTitle>
      <p className="lead">{member.headline}</p>
      <dl className="facts">
        <div>
          <dt>{t('members.status')}</dt>
          <dd>
            {member.status ? (
              <span className={`badge status-${member.status}`}>{t(`status.member.${member.status}`)}</span>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('members.role')}</dt>
          <dd>{member.role && t(`role.${member.role}`)}</dd>
        </div>
        <div>
          <dt>{t('members.email')}</dt>
          <dd>{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : '—'}</dd>
        </div>
        <div>
          <dt>{t('members.region')}</dt>
          <dd>{[member.city, member.region].filter(Boolean).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('member.appliedOn')}</dt>
          <dd>{formatDate(member.createdAt, language)}</dd>
        </div>
        <div>
          <dt>{t('members.admittedOn')}</dt>
          <dd>{formatDate(member.admittedAt, language) || '—'}</dd>
        </div>
        <div>
          <dt>{t('member.sessions')}</dt>
          <dd>{t('member.sessionCount', { count: member.sessions.length })}</dd>
        </div>
      </dl>

      <div className="actions" role="group" aria-label={t('member.actions')}>
        {member.status === 'ACTIVE' && (
          <button type="button" className="danger" onClick={() => setAction('suspend')}>
            {t('member.suspend')}
          </button>
        )}
        {member.status === 'SUSPENDED' && (
          <button type="button" onClick={() => setAction('reactivate')}>
            {t('member.reactivate')}
          </button>
        )}
        {member.role === 'MEMBER' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => setAction('makeAdmin')}
            disabled={member.status !== 'ACTIVE'}
          >
            {t('member.makeAdmin')}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => setAction('makeMember')}>
            {t('member.makeMember')}
          </button>
        )}
      </div>

      <section aria-labelledby="member-skills">
        <h2 id="member-skills">{t('member.skills')}</h2>
        {member.skills.length > 0 ? (
          <ul className="tags">
            {member.skills.map((s) => (
              <li key={s.skill.id}>
                {skillName(s.skill)} · {t(`level.${s.level}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('member.noSkills')}</p>
        )}
        {member.motivation && (
          <details>
            <summary>{t('member.motivation')}</summary>
            <p className="pre-wrap">{member.motivation}</p>
          </details>
        )}
      </section>

      <section aria-labelledby="member-activity">
        <h2 id="member-activity">{t('member.activity')}</h2>
        <dl className="cards figures">
          <div className="card">
            <dt>{t('member.balance')}</dt>
            <dd className="stat">{member.balance ? n(member.balance.balance) : '—'}</dd>
            {member.balance && (
              <dd className="muted">
                {t('member.givenReceived', { given: n(member.balance.given), received: n(member.balance.received) })}
              </dd>
            )}
          </div>
          <div className="card">
            <dt>{t('member.recommendationsGiven')}</dt>
            <dd className="stat">{n(member.recommendationsGiven?.totalCount ?? 0)}</dd>
          </div>
          <div className="card">
            <dt>{t('member.recommendationsReceived')}</dt>
            <dd className="stat">{n(member.recommendationsReceived?.totalCount ?? 0)}</dd>
          </div>
        </dl>
        <h3>{t('member.workshops', { count: member.workshopRegistrations?.totalCount ?? 0 })}</h3>
        {member.workshopRegistrations && member.workshopRegistrations.edges.length > 0 ? (
          <ul>
            {member.workshopRegistrations.edges.map(({ node }) => (
              <li key={node.id}>
                <Link href={to(ROUTES.workshop, { slug: node.workshop.slug })}>{node.workshop.title}</Link> —{' '}
                {formatDateTime(node.workshop.startsAt, language)} · {t(`status.registration.${node.status}`)}
                {node.attended !== null && ` · ${t(node.attended ? 'attendance.present' : 'attendance.absent')}`}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('member.noWorkshops')}</p>
        )}
        <h3>{t('member.collectives')}</h3>
        {member.collectives.length > 0 ? (
          <ul>
            {member.collectives.map((m) => (
              <li key={m.id}>
                {m.collective.name} · {t(`collectiveRole.${m.role}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('member.noCollectives')}</p>
        )}
        <MemberActivity memberId={member.id} />
      </section>

      {action && dialog && (
        <ConfirmDialog
          title={dialog.title}
          confirmLabel={dialog.confirm}
          tone={dialog.tone}
          field={dialog.field}
          onConfirm={run}
          onClose={() => setAction(null)}
          returnFocusTo={() => document.querySelector<HTMLElement>('main h1')}
        >
          <p>{dialog.body}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
