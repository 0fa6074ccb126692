// One webhook's deliveries, newest first: what was sent, how it went, and replaying one.
import {
  ReplayWebhookDeliveryDocument,
  WebhookDeliveriesDocument,
  type WebhookDeliveryStatus,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link, useParams } from 'wouter';
import { formatDateTime } from '../format.ts';
import { paramId, ROUTES } from '../routes.ts';
import { useAnnouncer } from '@ekoacteurs/ui';
import { DataTable } from '../ui/DataTable.tsx';
import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { SelectFilter } from '@ekoacteurs/ui';
import { Pager } from '../ui/Pager.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';

const PAGE_SIZE = 20;

export function WebhookPage() {
  const { t, language } = useTranslation();
  const announce = useAnnouncer();
  const id = paramId(useParams<{ id: string }>().id);
  const [status, setStatus] = useState<WebhookDeliveryStatus | 'ALL'>('ALL');
  const list = usePagedQuery({
    query: WebhookDeliveriesDocument,
    variables: { id, status: status === 'ALL' ? null : status },
    size: PAGE_SIZE,
    select: (data) => data.webhookDeliveries,
  });
  const { data, fetching, error } = list;
  const [replaying, replay] = useMutation(ReplayWebhookDeliveryDocument);
  const webhook = data?.node?.__typename === 'Webhook' ? data.node : null;
  const deliveries = list.connection;

  async function onReplay(deliveryId: string) {
    const outcome = outcomeOf(await replay({ id: deliveryId }), 'replayWebhookDelivery', 'WebhookDeliverySuccess', t);
    if (!outcome.ok) return announce.error(describeFailure(outcome));
    announce.success(t('webhook.replayed'));
  }

  if (fetching && !data) return <Loading />;
  if (error && !data) return <Failure error={error} what={t('webhook.error')} retry={() => list.reload()} />;
  if (!webhook || !deliveries) return <Empty>{t('webhook.notFound')}</Empty>;

  return (
    <section aria-busy={fetching}>
      <p>
        <Link href={ROUTES.integrations}>{t('webhook.back')}</Link>
      </p>
      <PageTitle title={t('webhook.title')}>{t('webhook.title')}</PageTitle>
      <p>
        <code>{webhook.url}</code>
      </p>
      <div className="filters">
        <SelectFilter
          id="deliveries-status"
          label={t('webhook.status')}
          value={status}
          values={['ALL', 'FAILED', 'PENDING', 'DELIVERED'] as const}
          labelOf={(value) => t(`webhook.statuses.${value}`)}
          onChange={setStatus}
        />
      </div>
      <DataTable
        caption={t('webhook.caption', { count: deliveries.totalCount })}
        rows={list.nodes}
        rowKey={(d) => d.id}
        empty={<Empty>{t('webhook.empty')}</Empty>}
        columns={[
          {
            key: 'date',
            header: t('webhook.date'),
            rowHeader: true,
            sortValue: (d) => d.createdAt,
            render: (d) => formatDateTime(d.createdAt, language),
          },
          {
            key: 'event',
            header: t('webhook.event'),
            sortValue: (d) => d.event,
            render: (d) => t(`eventNames.${d.event}`),
          },
          {
            key: 'status',
            header: t('webhook.status'),
            sortValue: (d) => d.status,
            render: (d) => <span className={`badge delivery-${d.status}`}>{t(`webhook.statuses.${d.status}`)}</span>,
          },
          {
            key: 'attempts',
            header: t('webhook.attempts'),
            className: 'number',
            sortValue: (d) => d.attempts,
            render: (d) => d.attempts,
          },
          {
            key: 'last',
            header: t('webhook.lastAnswer'),
            render: (d) =>
              (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : '') + (d.lastError ? ` ${d.lastError}` : '') ||
              (d.deliveredAt ? formatDateTime(d.deliveredAt, language) : '—'),
          },
          {
            key: 'payload',
            header: t('webhook.payload'),
            render: (d) => (
              <details>
                <summary>{t('audit.showDetails')}</summary>
                <pre>{JSON.stringify(d.payload, null, 2)}</pre>
              </details>
            ),
          },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (d) =>
              d.status === 'PENDING' ? (
                t('webhook.nextAttempt', { date: formatDateTime(d.nextAttemptAt, language) })
              ) : (
                <button
                  type="button"
                  className="secondary"
                  disabled={replaying.fetching}
                  onClick={() => onReplay(d.id)}
                >
                  {t('webhook.replay')}
                </button>
              ),
          },
        ]}
      />
      <Pager {...list.pager} />
    </section>
  );
}
