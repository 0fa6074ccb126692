// Personal API tokens: create one (name, scopes, expiry) — its secret is shown once, with a copy
// button —, see when each was last used, revoke after confirming.
import './catalogue.ts';
import { CreatePersonalTokenDocument, RevokePersonalTokenDocument } from '@ekoacteurs/client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import {
  ConfirmButton,
  CopyButton,
  focusSoon,
  LiveStatus,
  TroubleAlert,
  useNow,
  type Trouble,
  fieldErrorsByName,
} from '@ekoacteurs/ui';
import { formatDateTime } from '../shared/dates.ts';
import { troubleOfAnswer } from '../shared/troubles.ts';
import { EXPIRIES, expiryDate, PERSONAL_SCOPES, tokenNameProblem, type PersonalScope } from './rules.ts';
import type { SettingsViewer } from './SettingsPage.tsx';

type Token = SettingsViewer['apiTokens'][number];

/** The private calendar feed is a token too; it is managed on "My workshops". */
const isCalendarFeed = (token: Token) => token.name === 'calendar-feed' && token.scopes.length === 0;

export function TokensSection({ tokens }: { tokens: Token[] }) {
  const { t, language } = useTranslation();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [, revoke] = useMutation(RevokePersonalTokenDocument);
  const now = useNow();
  const listed = tokens.filter((token) => token.kind === 'PERSONAL' && !isCalendarFeed(token));

  async function revokeOne(token: Token): Promise<Trouble | null> {
    const result = await revoke({ id: token.id });
    const payload = result.data?.revokeApiToken;
    if (payload?.__typename === 'ApiToken') {
      setMessage(t('settings.tokens.revoked', { name: token.name }));
      focusSoon(`token-${token.id}`);
      return null;
    }
    return troubleOfAnswer(t, payload, result.error);
  }

  return (
    <section aria-labelledby="tokens-title" className="panel">
      <h2 id="tokens-title">{t('settings.tokens.title')}</h2>
      <p className="muted">{t('settings.tokens.intro')}</p>
      <LiveStatus message={message} />
      {created && (
        <div className="secret-box" aria-labelledby="token-secret-title">
          <h3 id="token-secret-title" tabIndex={-1}>
            {t('settings.tokens.createdTitle', { name: created.name })}
          </h3>
          <p className="notice-warning" id="token-secret-warning">
            {t('settings.tokens.secretWarning')}
          </p>
          <label htmlFor="token-secret">{t('settings.tokens.secret')}</label>
          <input
            id="token-secret"
            readOnly
            value={created.secret}
            aria-describedby="token-secret-warning"
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="actions">
            <CopyButton value={created.secret} label={t('settings.tokens.copy')} />
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setCreated(null);
                focusSoon('tokens-title');
              }}
            >
              {t('settings.tokens.secretSaved')}
            </button>
          </div>
        </div>
      )}
      <CreateTokenForm
        onCreated={(name, secret) => {
          setCreated({ name, secret });
          focusSoon('token-secret-title');
        }}
      />
      <h3 id="tokens-list-title">{t('settings.tokens.listTitle', { count: listed.length })}</h3>
      {listed.length === 0 ? (
        <p className="muted">{t('settings.tokens.empty')}</p>
      ) : (
        <ul className="boxed-list" aria-labelledby="tokens-list-title">
          {listed.map((token) => {
            const expired = token.expiresAt !== null && new Date(token.expiresAt).getTime() < now;
            return (
              <li key={token.id} className={token.revokedAt || expired ? 'st-inactive' : undefined}>
                <p id={`token-${token.id}`} tabIndex={-1}>
                  <strong>{token.name}</strong> <code>{token.prefix}…</code>{' '}
                  {token.revokedAt ? (
                    <span className="badge badge-full">{t('settings.tokens.revokedBadge')}</span>
                  ) : expired ? (
                    <span className="badge badge-full">{t('settings.tokens.expiredBadge')}</span>
                  ) : (
                    <span className="badge">{t('settings.tokens.activeBadge')}</span>
                  )}
                </p>
                <p className="muted">{token.scopes.map((scope) => t(`settings.scopes.${scope}`)).join(' · ')}</p>
                <p className="muted">
                  {t('settings.tokens.created', { date: formatDateTime(token.createdAt, language) })}{' '}
                  {token.lastUsedAt
                    ? t('settings.tokens.lastUsed', { date: formatDateTime(token.lastUsedAt, language) })
                    : t('settings.tokens.neverUsed')}{' '}
                  {token.revokedAt
                    ? t('settings.tokens.revokedOn', { date: formatDateTime(token.revokedAt, language) })
                    : token.expiresAt
                      ? t('settings.tokens.expires', { date: formatDateTime(token.expiresAt, language) })
                      : t('settings.tokens.noExpiry')}
                </p>
                {!token.revokedAt && !expired && (
                  <ConfirmButton
                    label={t('settings.tokens.revoke')}
                    ariaLabel={t('settings.tokens.revokeLabel', { name: token.name })}
                    title={t('settings.tokens.revokeTitle', { name: token.name })}
                    confirmLabel={t('settings.tokens.revokeConfirm')}
                    onConfirm={() => revokeOne(token)}
                  >
                    <p>{t('settings.tokens.revokeBody')}</p>
                  </ConfirmButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted">
        {t('settings.tokens.feedNote')} <Link href="/mes-ateliers">{t('settings.tokens.feedLink')}</Link>
      </p>
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<PersonalScope[]>(['READ_NETWORK']);
  const [days, setDays] = useState<number>(90);
  const [touched, setTouched] = useState<{ name?: boolean; scopes?: boolean }>({});
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [{ fetching }, create] = useMutation(CreatePersonalTokenDocument);

  const nameProblem = tokenNameProblem(name);
  const scopesProblem = scopes.length === 0 ? { key: 'settings.tokens.scopesRequired' as const } : null;
  const nameError =
    apiErrors.name ?? (touched.name && nameProblem ? t(nameProblem.key, nameProblem.values ?? {}) : null);
  const scopesError = apiErrors.scopes ?? (touched.scopes && scopesProblem ? t(scopesProblem.key) : null);
  const expiryError = apiErrors.expiresAt ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched({ name: true, scopes: true });
    setTrouble(null);
    if (nameProblem) return focusSoon(`${id}-name`);
    if (scopesProblem) return focusSoon(`${id}-scope-${PERSONAL_SCOPES[0]}`);
    const result = await create({ input: { name: name.trim(), scopes, expiresAt: expiryDate(days) } });
    const payload = result.data?.createPersonalToken;
    if (payload?.__typename === 'CreateApiTokenSuccess') {
      setName('');
      setTouched({});
      setApiErrors({});
      onCreated(payload.token.name, payload.secret);
      return;
    }
    if (payload?.__typename === 'ValidationError') {
      setApiErrors(fieldErrorsByName(payload.fieldErrors));
    }
    setTrouble(troubleOfAnswer(t, payload, result.error));
  }

  return (
    <form onSubmit={submit} noValidate className="st-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.tokens.createTitle')}</h3>
      <TroubleAlert trouble={trouble} />
      <label htmlFor={`${id}-name`}>{t('settings.tokens.name')}</label>
      <p id={`${id}-name-hint`} className="muted small">
        {t('settings.tokens.nameHint')}
      </p>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={200}
        onChange={(event) => {
          setName(event.target.value);
          setTouched((current) => ({ ...current, name: true }));
          setApiErrors(({ name: _drop, ...rest }) => rest);
        }}
        aria-invalid={!!nameError}
        aria-describedby={`${id}-name-hint${nameError ? ` ${id}-name-error` : ''}`}
      />
      {nameError && (
        <p id={`${id}-name-error`} className="field-error">
          {nameError}
        </p>
      )}
      <fieldset aria-describedby={scopesError ? `${id}-scopes-error` : undefined}>
        <legend>{t('settings.tokens.scopes')}</legend>
        {PERSONAL_SCOPES.map((scope) => (
          <label key={scope} className="checkbox st-scope" htmlFor={`${id}-scope-${scope}`}>
            <input
              type="checkbox"
              id={`${id}-scope-${scope}`}
              checked={scopes.includes(scope)}
              onChange={(event) => {
                setTouched((current) => ({ ...current, scopes: true }));
                setApiErrors(({ scopes: _drop, ...rest }) => rest);
                setScopes((current) =>
                  event.target.checked ? [...current, scope] : current.filter((s) => s !== scope),
                );
              }}
            />
            {t(`settings.scopes.${scope}`)}
          </label>
        ))}
        {scopesError && (
          <p id={`${id}-scopes-error`} className="field-error">
            {scopesError}
          </p>
        )}
      </fieldset>
      <label htmlFor={`${id}-expiry`}>{t('settings.tokens.expiry')}</label>
      <select
        id={`${id}-expiry`}
        value={days}
        onChange={(event) => setDays(Number(event.target.value))}
        aria-invalid={!!expiryError}
        aria-describedby={expiryError ? `${id}-expiry-error` : undefined}
      >
        {EXPIRIES.map((value) => (
          <option key={value} value={value}>
            {value === 0 ? t('settings.tokens.never') : t('settings.tokens.days', { count: value })}
          </option>
        ))}
      </select>
      {expiryError && (
        <p id={`${id}-expiry-error`} className="field-error">
          {expiryError}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t('common.sending') : t('settings.tokens.create')}
        </button>
      </div>
    </form>
  );
}
