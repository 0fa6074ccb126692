// Integration tokens for partner systems: create one with its scopes (the secret is shown once),
// see when each was last used, revoke one (it stops working at once).
import {
  CreateIntegrationTokenDocument,
  IntegrationTokensDocument,
  RevokeApiTokenDocument,
  type TokenScope,
} from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { formatDate, formatDateTime, PARIS, zonedToIso } from '../format.ts';
import { ConfirmDialog, Field, useAnnouncer, CheckboxGroup } from '@ekoacteurs/ui';

import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty } from '../ui/States.tsx';
import { SecretOnce } from './SecretOnce.tsx';

const PAGE_SIZE = 20;
const SCOPES: TokenScope[] = ['READ_PUBLIC', 'READ_NETWORK', 'WRITE_PROFILE', 'WRITE_WORKSHOPS', 'ADMIN'];

export function TokensPanel() {
  const { t, language } = useTranslation();
  const announce = useAnnouncer();
  const list = usePagedQuery({
    query: IntegrationTokensDocument,
    variables: {},
    size: PAGE_SIZE,
    select: (data) => data.integrationTokens,
  });
  const [{ fetching: creating }, create] = useMutation(CreateIntegrationTokenDocument);
  const [, revoke] = useMutation(RevokeApiTokenDocument);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['READ_PUBLIC']);
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (name.trim().length < 2 || name.trim().length > 80) found.name = t('integrations.errors.name');
    if (scopes.length === 0) found.scopes = t('integrations.errors.scopes');
    const expiresAt = expires ? zonedToIso(expires, '23:59', PARIS) : null;
    if (expiresAt && new Date(expiresAt).getTime() <= Date.now()) found.expiresAt = t('integrations.errors.expiresAt');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const outcome = outcomeOf(
      await create({ input: { name: name.trim(), scopes, expiresAt } }),
      'createIntegrationToken',
      'CreateApiTokenSuccess',
      t,
    );
    if (!outcome.ok) {
      setErrors(outcome.fields);
      return announce.error(describeFailure(outcome));
    }
    setSecret({ name: name.trim(), value: outcome.payload.secret });
    setName('');
    setExpires('');
    setScopes(['READ_PUBLIC']);
    announce.success(t('integrations.tokenCreated', { name: name.trim() }));
    list.reload();
  }

  async function runRevoke() {
    if (!target) return;
    const outcome = outcomeOf(await revoke({ id: target.id }), 'revokeApiToken', 'ApiToken', t);
    if (!outcome.ok) return describeFailure(outcome);
    announce.success(t('integrations.tokenRevoked', { name: target.name }));
    return null;
  }

  return (
    <section aria-labelledby="tokens-title" aria-busy={list.fetching}>
      <h2 id="tokens-title" tabIndex={-1}>
        {t('integrations.tokens')}
      </h2>
      <p className="muted">{t('integrations.tokensIntro')}</p>
      {secret && (
        <SecretOnce
          title={t('integrations.tokenSecretTitle', { name: secret.name })}
          secret={secret.value}
          usage={t('integrations.tokenUsage')}
          onDone={() => setSecret(null)}
        />
      )}
      <form onSubmit={submit} className="panel-form" noValidate aria-labelledby="new-token-title">
        <h3 id="new-token-title">{t('integrations.newToken')}</h3>
        <Field
          id="token-name"
          label={t('integrations.tokenName')}
          hint={t('integrations.tokenNameHint')}
          error={errors.name}
        >
          {(control) => <input {...control} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <CheckboxGroup
          id="token-scopes"
          legend={t('integrations.scopes')}
          values={SCOPES}
          selected={scopes}
          labelOf={(scope) => t(`scopes.${scope}`)}
          onChange={setScopes}
          error={errors.scopes}
        />
        <Field
          id="token-expires"
          label={t('integrations.expiresOn')}
          hint={t('integrations.expiresHint')}
          error={errors.expiresAt}
        >
          {(control) => <input {...control} type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={creating}>
            {creating ? t('common.working') : t('integrations.createToken')}
          </button>
        </div>
      </form>
      <PagedTable
        list={list}
        what={t('integrations.tokensError')}
        caption={t('integrations.tokensCaption', { count: list.total })}
        rowKey={(token) => token.id}
        empty={<Empty>{t('integrations.noTokens')}</Empty>}
        columns={[
          {
            key: 'name',
            header: t('integrations.tokenName'),
            rowHeader: true,
            sortValue: (k) => k.name,
            render: (k) => k.name,
          },
          { key: 'prefix', header: t('integrations.prefix'), render: (k) => <code>{k.prefix}…</code> },
          {
            key: 'scopes',
            header: t('integrations.scopes'),
            render: (k) => k.scopes.map((scope) => t(`scopeNames.${scope}`)).join(', '),
          },
          {
            key: 'created',
            header: t('integrations.createdOn'),
            sortValue: (k) => k.createdAt,
            render: (k) => `${formatDate(k.createdAt, language)} · ${k.owner.displayName}`,
          },
          {
            key: 'used',
            header: t('integrations.lastUsed'),
            sortValue: (k) => k.lastUsedAt,
            render: (k) => formatDateTime(k.lastUsedAt, language) || t('integrations.never'),
          },
          {
            key: 'state',
            header: t('integrations.state'),
            sortValue: (k) => (k.revokedAt ? 2 : k.expiresAt && new Date(k.expiresAt) < new Date() ? 1 : 0),
            render: (k) =>
              k.revokedAt
                ? t('integrations.revokedOn', { date: formatDate(k.revokedAt, language) })
                : k.expiresAt
                  ? t(new Date(k.expiresAt) < new Date() ? 'integrations.expiredOn' : 'integrations.expiresOnDate', {
                      date: formatDate(k.expiresAt, language),
                    })
                  : t('integrations.active'),
          },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (k) =>
              k.revokedAt ? null : (
                <button
                  type="button"
                  className="secondary danger-outline"
                  onClick={() => setTarget({ id: k.id, name: k.name })}
                >
                  {t('integrations.revoke')}
                  <span className="visually-hidden"> — {k.name}</span>
                </button>
              ),
          },
        ]}
      />
      {target && (
        <ConfirmDialog
          title={t('integrations.revokeTitle', { name: target.name })}
          confirmLabel={t('integrations.revokeConfirm')}
          tone="danger"
          onConfirm={runRevoke}
          onClose={() => setTarget(null)}
          returnFocusTo={() => document.getElementById('tokens-title')}
        >
          <p>{t('integrations.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
