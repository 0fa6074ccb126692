// What a member did on the platform, from the audit log (newest first, a page at a time).
import { MemberActivityDocument } from '@ekoacteurs/client';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateTime } from '../format.ts';
import { AuditSentence } from '../audit/AuditSentence.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { pageOf, Pager, useCursorPages } from '../ui/Pager.tsx';
import { Empty, Failure, Loading } from '../ui/States.tsx';

const PAGE_SIZE = 10;

export function MemberActivity({ memberId }: { memberId: string }) {
  const { t, i18n } = useTranslation();
  const pages = useCursorPages(memberId);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MemberActivityDocument,
    variables: { actorId: memberId, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.auditLog;
  const page = pageOf(connection, pages.after, PAGE_SIZE);
  return (
    <section aria-labelledby="member-audit" aria-busy={fetching}>
      <h3 id="member-audit">{t('member.auditTitle')}</h3>
      {fetching && !connection && <Loading />}
      {error && !connection && (
        <Failure error={error} what={t('audit.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {connection && (
        <DataTable
          caption={t('member.auditCaption', { count: connection.totalCount })}
          rows={page.nodes}
          rowKey={(entry) => entry.id}
          empty={<Empty>{t('member.auditEmpty')}</Empty>}
          columns={[
            {
              key: 'date',
              header: t('audit.date'),
              rowHeader: true,
              sortValue: (e) => e.createdAt,
              render: (e) => formatDateTime(e.createdAt, i18n.language),
            },
            {
              key: 'what',
              header: t('auditSentence.sentence'),
              sortValue: (e) => e.action,
              render: (e) => <AuditSentence entry={e} />,
            },
          ]}
        />
      )}
      {connection && (
        <Pager
          page={pages.page}
          total={connection.totalCount}
          size={PAGE_SIZE}
          hasNext={page.hasNext}
          busy={fetching}
          onNext={() => page.lastCursor && pages.next(page.lastCursor)}
          onPrevious={pages.previous}
        />
      )}
    </section>
  );
}
