// The applications queue (candidatures), oldest first: who applied, from where, with which skills
// and why; admit with a welcome word, or decline with a message, each after a confirmation.
import {
  AdmitApplicantDocument,
  ApplicationQueueDocument,
  DeclineApplicantDocument,
  type ApplicationQueueQuery,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { formatDate } from '../format.ts';
import { ConfirmDialog, useAnnouncer } from '@ekoacteurs/ui';

import { outcomeOf } from '../ui/outcome.ts';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, PageTitle } from '../ui/States.tsx';

type Applicant = NonNullable<ApplicationQueueQuery['applicants']>['edges'][number]['node'];
type Decision = { kind: 'admit' | 'decline'; applicant: Applicant };

const PAGE_SIZE = 20;

export function ApplicationsPage() {
  const { t, language } = useTranslation();
  const announce = useAnnouncer();
  const list = usePagedQuery({
    query: ApplicationQueueDocument,
    variables: {},
    size: PAGE_SIZE,
    select: (data) => data.applicants,
  });
  const [, admit] = useMutation(AdmitApplicantDocument);
  const [, decline] = useMutation(DeclineApplicantDocument);
  const [decision, setDecision] = useState<Decision | null>(null);

  // A decision changes the member's status in the shared cache: they leave the queue at once.
  const waiting = list.nodes.filter((applicant) => applicant.status === 'APPLICANT');
  const skillName = (skill: Applicant['skills'][number]['skill']) => (language === 'en' ? skill.nameEn : skill.name);

  async function decide(value: string) {
    if (!decision) return;
    const { kind, applicant } = decision;
    const variables = { memberId: applicant.id, message: value || null };
    const outcome =
      kind === 'admit'
        ? outcomeOf(await admit(variables), 'admitApplicant', 'MemberSuccess', t)
        : outcomeOf(await decline(variables), 'declineApplicant', 'MemberSuccess', t);
    if (!outcome.ok) return outcome.message;
    announce.success(
      t(kind === 'admit' ? 'applications.admitted' : 'applications.declined', { name: applicant.displayName }),
    );
    list.reload();
    return null;
  }

  return (
    <section aria-busy={list.fetching}>
      <PageTitle title={t('applications.title')}>{t('applications.title')}</PageTitle>
      <p className="muted">{t('applications.intro')}</p>
      {list.connection && <p>{t('applications.count', { count: list.connection.totalCount })}</p>}
      <PagedTable
        list={list}
        what={t('applications.error')}
        loadingLabel={t('applications.loading')}
        caption={t('applications.caption')}
        rows={waiting}
        rowKey={(applicant) => applicant.id}
        empty={<Empty>{t('applications.empty')}</Empty>}
        columns={[
          {
            key: 'name',
            header: t('applications.name'),
            rowHeader: true,
            sortValue: (a) => a.displayName,
            render: (a) => (
              <>
                <span id={`applicant-${a.id}`}>{a.displayName}</span>
                <br />
                <a href={`mailto:${a.email ?? ''}`} className="small">
                  {a.email}
                </a>
              </>
            ),
          },
          { key: 'region', header: t('applications.region'), place: (row) => row },
          {
            key: 'date',
            header: t('applications.appliedOn'),
            sortValue: (a) => a.createdAt,
            render: (a) => <time dateTime={a.createdAt ?? undefined}>{formatDate(a.createdAt, language)}</time>,
          },
          {
            key: 'skills',
            header: t('applications.skills'),
            render: (a) =>
              a.skills.length > 0 ? (
                <ul className="tags">
                  {a.skills.map((s) => (
                    <li key={s.skill.id}>{skillName(s.skill)}</li>
                  ))}
                </ul>
              ) : (
                '—'
              ),
          },
          {
            key: 'motivation',
            header: t('applications.motivation'),
            render: (a) => (
              <details>
                <summary>{t('applications.readMotivation')}</summary>
                <p className="pre-wrap">{a.motivation}</p>
              </details>
            ),
          },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (a) => (
              <div className="actions">
                <button
                  type="button"
                  aria-describedby={`applicant-${a.id}`}
                  onClick={() => setDecision({ kind: 'admit', applicant: a })}
                >
                  {t('applications.admit')}
                </button>
                <button
                  type="button"
                  className="secondary danger-outline"
                  aria-describedby={`applicant-${a.id}`}
                  onClick={() => setDecision({ kind: 'decline', applicant: a })}
                >
                  {t('applications.decline')}
                </button>
              </div>
            ),
          },
        ]}
      />
      {decision && (
        <ConfirmDialog
          title={t(decision.kind === 'admit' ? 'applications.admitTitle' : 'applications.declineTitle', {
            name: decision.applicant.displayName,
          })}
          confirmLabel={t(decision.kind === 'admit' ? 'applications.admitConfirm' : 'applications.declineConfirm')}
          tone={decision.kind === 'decline' ? 'danger' : 'default'}
          field={{
            label: t(decision.kind === 'admit' ? 'applications.welcomeLabel' : 'applications.declineLabel'),
            hint: t(decision.kind === 'admit' ? 'applications.welcomeHint' : 'applications.declineHint'),
            maxLength: 2000,
          }}
          onConfirm={decide}
          onClose={() => setDecision(null)}
          returnFocusTo={() => document.querySelector<HTMLElement>('main h1')}
        >
          <p>
            {t(decision.kind === 'admit' ? 'applications.admitBody' : 'applications.declineBody', {
              email: decision.applicant.email,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
