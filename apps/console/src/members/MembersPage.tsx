// Members: search the directory by words and status (admins see every status), then open a member.
// The search and the status live in the address (?q=…&statut=…), so they survive opening a member,
// suspending them and coming back.
import { AdminMembersDocument, type MemberStatus } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

import { Link, useSearchParams } from 'wouter';
import { to, ROUTES } from '../routes.ts';

import { SelectFilter } from '@ekoacteurs/ui';
import { PagedTable } from '../ui/PagedTable.tsx';
import { SearchForm } from '../ui/SearchForm.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, PageTitle } from '../ui/States.tsx';

const PAGE_SIZE = 25;
export const STATUSES: MemberStatus[] = ['ACTIVE', 'APPLICANT', 'SUSPENDED', 'LEFT', 'DECLINED'];

export function MembersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const status = statusOf(params.get('statut'));
  const [draft, setDraft] = useState(search);
  // Back and forward change the address: the field follows.
  const [draftOf, setDraftOf] = useState(search);
  if (draftOf !== search) {
    setDraftOf(search);
    setDraft(search);
  }
  function apply(next: { search?: string; status?: MemberStatus | 'ALL' }) {
    const q = next.search ?? search;
    const statut = next.status ?? status;
    setParams({ ...(q ? { q } : {}), ...(statut !== 'ACTIVE' ? { statut } : {}) }, { replace: false });
  }
  const statuses = status === 'ALL' ? STATUSES : [status];
  const list = usePagedQuery({
    query: AdminMembersDocument,
    variables: { search: search || null, statuses },
    size: PAGE_SIZE,
    select: (data) => data.members,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    apply({ search: draft.trim() });
  }

  return (
    <section aria-busy={list.fetching}>
      <PageTitle title={t('members.title')}>{t('members.title')}</PageTitle>
      <SearchForm
        label={t('members.searchLabel')}
        words={{ draft, setDraft, submit }}
        field={{ id: 'members-search', label: t('members.search'), maxLength: 200, hint: t('members.searchHint') }}
        button={t('members.searchButton')}
      >
        <SelectFilter
          id="members-status"
          label={t('members.status')}
          value={status}
          values={['ALL', ...STATUSES] as const}
          labelOf={(value) => (value === 'ALL' ? t('members.allStatuses') : t(`status.member.${value}`))}
          onChange={(value) => apply({ search: draft.trim(), status: value })}
        />
      </SearchForm>
      {list.connection && <p aria-live="polite">{t('members.count', { count: list.connection.totalCount })}</p>}
      <PagedTable
        list={list}
        what={t('members.error')}
        loadingLabel={t('members.loading')}
        caption={t('members.caption')}
        rowKey={(member) => member.id}
        empty={<Empty>{search ? t('members.emptySearch', { search }) : t('members.empty')}</Empty>}
        columns={[
          {
            key: 'name',
            header: t('members.name'),
            rowHeader: true,
            sortValue: (m) => m.displayName,
            render: (m) => <Link href={to(ROUTES.member, { id: m.id })}>{m.displayName}</Link>,
          },
          { key: 'email', header: t('members.email'), sortValue: (m) => m.email, render: (m) => m.email },
          {
            key: 'status',
            header: t('members.status'),
            sortValue: (m) => m.status,
            render: (m) =>
              m.status ? <span className={`badge status-${m.status}`}>{t(`status.member.${m.status}`)}</span> : '—',
          },
          {
            key: 'role',
            header: t('members.role'),
            sortValue: (m) => m.role,
            render: (m) => m.role && t(`role.${m.role}`),
          },
          { key: 'region', header: t('members.region'), place: (row) => row },
          { key: 'admitted', header: t('members.admittedOn'), date: (m) => m.admittedAt, missing: '—' },
        ]}
      />
    </section>
  );
}

/** The status filter named in the address; "ACTIVE" when absent or unknown. */
function statusOf(value: string | null): MemberStatus | 'ALL' {
  return value === 'ALL' || STATUSES.includes(value as MemberStatus) ? (value as MemberStatus | 'ALL') : 'ACTIVE';
}
