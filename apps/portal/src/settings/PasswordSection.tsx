// Set or change my password (at least 12 characters). Changing it ends my other sessions.
import './catalogue.ts';
import { SetPasswordDocument } from '@ekoacteurs/client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { focusSoon, LiveStatus, TroubleAlert, type Trouble, fieldErrorsByName } from '@ekoacteurs/ui';
import { troubleOfAnswer } from '../shared/troubles.ts';
import { passwordProblem, PASSWORD } from './rules.ts';

export function PasswordSection({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [touched, setTouched] = useState<{ current?: boolean; next?: boolean; again?: boolean }>({});
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SetPasswordDocument);

  const currentProblem = hasPassword && current.length === 0 ? t('settings.password.currentRequired') : null;
  const nextRule = passwordProblem(next);
  const nextProblem = nextRule ? t(nextRule.key, nextRule.values ?? {}) : null;
  const againProblem = again !== next ? t('settings.password.mismatch') : null;
  const errors = {
    current: apiErrors.currentPassword ?? (touched.current ? currentProblem : null),
    next: apiErrors.newPassword ?? (touched.next ? nextProblem : null),
    again: touched.again ? againProblem : null,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched({ current: true, next: true, again: true });
    setTrouble(null);
    setMessage(null);
    if (currentProblem) return focusSoon(`${id}-current`);
    if (nextProblem) return focusSoon(`${id}-next`);
    if (againProblem) return focusSoon(`${id}-again`);
    const result = await save({ currentPassword: hasPassword ? current : null, newPassword: next });
    const payload = result.data?.setPassword;
    if (payload?.__typename === 'SetPasswordSuccess') {
      setCurrent('');
      setNext('');
      setAgain('');
      setTouched({});
      setApiErrors({});
      setMessage(t('settings.password.saved', { count: payload.sessionsEnded }));
      focusSoon('password-title');
      return;
    }
    if (payload?.__typename === 'InvalidCredentialsError') {
      setApiErrors({ currentPassword: t('settings.password.wrongCurrent') });
      return focusSoon(`${id}-current`);
    }
    if (payload?.__typename === 'ValidationError') {
      setApiErrors(fieldErrorsByName(payload.fieldErrors));
    }
    setTrouble(troubleOfAnswer(t, payload, result.error));
  }

  const described = (name: 'current' | 'next' | 'again', hint?: string) =>
    [hint, errors[name] ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const error = (name: 'current' | 'next' | 'again') =>
    errors[name] && (
      <p id={`${id}-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    );

  return (
    <section aria-labelledby="password-title" className="panel">
      <h2 id="password-title" tabIndex={-1}>
        {t('settings.password.title')}
      </h2>
      <p className="muted">{hasPassword ? t('settings.password.introChange') : t('settings.password.introSet')}</p>
      <LiveStatus message={message} />
      <TroubleAlert trouble={trouble} />
      <form onSubmit={submit} noValidate className="st-form">
        {hasPassword && (
          <>
            <label htmlFor={`${id}-current`}>{t('settings.password.current')}</label>
            <input
              id={`${id}-current`}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(event) => {
                setCurrent(event.target.value);
                setTouched((s) => ({ ...s, current: true }));
                setApiErrors(({ currentPassword: _drop, ...rest }) => rest);
              }}
              aria-invalid={!!errors.current}
              aria-describedby={described('current')}
            />
            {error('current')}
          </>
        )}
        <label htmlFor={`${id}-next`}>{t('settings.password.new')}</label>
        <p id={`${id}-next-hint`} className="muted small">
          {t('settings.password.hint', { min: PASSWORD.min })}
        </p>
        <input
          id={`${id}-next`}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => {
            setNext(event.target.value);
            setTouched((s) => ({ ...s, next: true }));
            setApiErrors(({ newPassword: _drop, ...rest }) => rest);
          }}
          aria-invalid={!!errors.next}
          aria-describedby={described('next', `${id}-next-hint`)}
        />
        {error('next')}
        <label htmlFor={`${id}-again`}>{t('settings.password.again')}</label>
        <input
          id={`${id}-again`}
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(event) => {
            setAgain(event.target.value);
            setTouched((s) => ({ ...s, again: true }));
          }}
          aria-invalid={!!errors.again}
          aria-describedby={described('again')}
        />
        {error('again')}
        <div className="actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t('common.sending') : hasPassword ? t('settings.password.change') : t('settings.password.set')}
          </button>
        </div>
      </form>
    </section>
  );
}
