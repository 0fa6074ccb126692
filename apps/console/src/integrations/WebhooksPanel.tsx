// Webhooks: register an address for some events (its signing secret is shown once), pause or
// resume one, and open its deliveries.
import {
  CreateWebhookDocument,
  SetWebhookActiveDocument,
  WebhooksDocument,
  type WebhookEvent,
} from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { to, ROUTES } from '../routes.ts';
import { Field, useAnnouncer, CheckboxGroup } from '@ekoacteurs/ui';

import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty } from '../ui/States.tsx';
import { SecretOnce } from './SecretOnce.tsx';

const PAGE_SIZE = 20;
export const EVENTS = [
  'MEMBER_ADMITTED',
  'PAGE_PUBLISHED',
  'RECOMMENDATION_CREATED',
  'REGISTRATION_CONFIRMED',
  'WORKSHOP_PUBLISHED',
  'WORKSHOP_CANCELLED',
] as const satisfies readonly WebhookEvent[];

export function WebhooksPanel() {
  const { t } = useTranslation();
  const announce = useAnnouncer();
  const list = usePagedQuery({
    query: WebhooksDocument,
    variables: {},
    size: PAGE_SIZE,
    select: (data) => data.webhooks,
  });
  const [{ fetching: creating }, create] = useMutation(CreateWebhookDocument);
  const [, setActive] = useMutation(SetWebhookActiveDocument);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ url: string; value: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^https?:\/\/\S+$/i.test(url.trim())) found.url = t('integrations.errors.url');
    if (events.length === 0) found.events = t('integrations.errors.events');
    if (description.length > 200) found.description = t('integrations.errors.description');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const outcome = outcomeOf(
      await create({ input: { url: url.trim(), description: description.trim() || null, events } }),
      'createWebhook',
      'WebhookSecretSuccess',
      t,
    );
    if (!outcome.ok) {
      setErrors(outcome.fields);
      return announce.error(describeFailure(outcome));
    }
    setSecret({ url: url.trim(), value: outcome.payload.secret });
    setUrl('');
    setDescription('');
    setEvents([]);
    announce.success(t('integrations.webhookCreated', { url: url.trim() }));
    list.reload();
  }

  async function toggle(id: string, active: boolean, address: string) {
    const outcome = outcomeOf(await setActive({ id, active }), 'updateWebhook', 'WebhookSuccess', t);
    if (!outcome.ok) return announce.error(describeFailure(outcome));
    announce.success(t(active ? 'integrations.webhookResumed' : 'integrations.webhookPaused', { url: address }));
  }

  return (
    <section aria-labelledby="webhooks-title" aria-busy={list.fetching}>
      <h2 id="webhooks-title">{t('integrations.webhooks')}</h2>
      <p className="muted">{t('integrations.webhooksIntro')}</p>
      {secret && (
        <SecretOnce
          title={t('integrations.webhookSecretTitle', { url: secret.url })}
          secret={secret.value}
          usage={t('integrations.webhookUsage')}
          onDone={() => setSecret(null)}
        />
      )}
      <form onSubmit={submit} className="panel-form" noValidate aria-labelledby="new-webhook-title">
        <h3 id="new-webhook-title">{t('integrations.newWebhook')}</h3>
        <Field id="webhook-url" label={t('integrations.url')} hint={t('integrations.urlHint')} error={errors.url}>
          {(control) => <input {...control} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
        </Field>
        <Field id="webhook-description" label={t('integrations.description')} error={errors.description}>
          {(control) => (
            <input {...control} value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
        <CheckboxGroup
          id="webhook-events"
          legend={t('integrations.events')}
          values={EVENTS}
          selected={events}
          labelOf={(name) => t(`events.${name}`)}
          onChange={setEvents}
          error={errors.events}
        />
        <div className="actions">
          <button type="submit" disabled={creating}>
            {creating ? t('common.working') : t('integrations.createWebhook')}
          </button>
        </div>
      </form>
      <PagedTable
        list={list}
        what={t('integrations.webhooksError')}
        caption={t('integrations.webhooksCaption', { count: list.total })}
        rowKey={(w) => w.id}
        empty={<Empty>{t('integrations.noWebhooks')}</Empty>}
        columns={[
          {
            key: 'url',
            header: t('integrations.url'),
            rowHeader: true,
            sortValue: (w) => w.url,
            render: (w) => <Link href={to(ROUTES.webhook, { id: w.id })}>{w.url}</Link>,
          },
          { key: 'description', header: t('integrations.description'), render: (w) => w.description || '—' },
          {
            key: 'events',
            header: t('integrations.events'),
            render: (w) => w.events.map((e) => t(`eventNames.${e}`)).join(', '),
          },
          {
            key: 'state',
            header: t('integrations.state'),
            sortValue: (w) => (w.active ? 0 : 1),
            render: (w) => (w.active ? t('integrations.active') : t('integrations.paused')),
          },
          { key: 'failed', header: t('integrations.failedDeliveries'), count: (w) => w.failedDeliveryCount },
          { key: 'created', header: t('integrations.createdOn'), date: (w) => w.createdAt },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (w) => (
              <button type="button" className="secondary" onClick={() => toggle(w.id, !w.active, w.url)}>
                {w.active ? t('integrations.pause') : t('integrations.resume')}
                <span className="visually-hidden"> — {w.url}</span>
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}
