// What a member did on the platform, from the audit log (newest first, a page at a time).
import { MemberActivityDocument } from '@ekoacteurs/client';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

import { formatDateTime } from '../format.ts';
import { AuditSentence } from '../audit/AuditSentence.tsx';

import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty } from '../ui/States.tsx';

const PAGE_SIZE = 10;

export function MemberActivity({ memberId }: { memberId: string }) {
  const { t, language } = useTranslation();
  const list = usePagedQuery({
    query: MemberActivityDocument,
    variables: { actorId: memberId },
    size: PAGE_SIZE,
    select: (data) => data.auditLog,
  });
  return (
    <section aria-labelledby="member-audit" aria-busy={list.fetching}>
      <h3 id="member-audit">{t('member.auditTitle')}</h3>
      <PagedTable
        list={list}
        what={t('audit.error')}
        caption={t('member.auditCaption', { count: list.total })}
        rowKey={(entry) => entry.id}
        empty={<Empty>{t('member.auditEmpty')}</Empty>}
        columns={[
          {
            key: 'date',
            header: t('audit.date'),
            rowHeader: true,
            sortValue: (e) => e.createdAt,
            render: (e) => formatDateTime(e.createdAt, language),
          },
          {
            key: 'what',
            header: t('auditSentence.sentence'),
            sortValue: (e) => e.action,
            render: (e) => <AuditSentence entry={e} />,
          },
        ]}
      />
    </section>
  );
}
