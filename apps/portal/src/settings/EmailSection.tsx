// My emails: for each kind of notification, in-app only or also by email (the choice a one-click
// unsubscribe link also turns off). Each box saves at once and shows the new choice while it is
// saved (it turns back, with the reason, if saving fails); the outcome is announced.
import './catalogue.ts';
import {
  MyEmailPreferencesDocument,
  SetEmailPreferenceDocument,
  type EmailNotificationKind,
  type MyEmailPreferencesQuery,
} from '@ekoacteurs/client';
import { useId, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { LiveStatus, LoadFailed, Skeleton, TroubleAlert, type Trouble } from '@ekoacteurs/ui';
import { troubleOf } from '../shared/troubles.ts';

export function EmailSection() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyEmailPreferencesDocument,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: saving }, save] = useMutation(SetEmailPreferenceDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  // The mutation answers with every preference: shown from then on (they have no id to cache by).
  const [saved, setSaved] = useState<MyEmailPreferencesQuery['myEmailPreferences']>();
  const preferences = saved ?? data?.myEmailPreferences;
  // The choice being saved, shown at once rather than after the server's answer.
  const [choosing, setChoosing] = useState<{ kind: EmailNotificationKind; email: boolean } | null>(null);

  async function choose(kind: EmailNotificationKind, email: boolean) {
    setMessage(null);
    setTrouble(null);
    setChoosing({ kind, email });
    const result = await save({ kind, email });
    setChoosing(null);
    const payload = result.data?.setEmailPreference;
    if (payload?.__typename === 'SetEmailPreferenceSuccess') {
      setSaved(payload.preferences);
      setMessage(
        t(email ? 'settings.email.savedOn' : 'settings.email.savedOff', { kind: t(`settings.email.kinds.${kind}`) }),
      );
      return;
    }
    setTrouble(troubleOf(t, { networkError: !!result.error }));
  }

  return (
    <section aria-labelledby="email-title" className="panel">
      <h2 id="email-title" tabIndex={-1}>
        {t('settings.email.title')}
      </h2>
      <p className="muted">{t('settings.email.intro')}</p>
      <LiveStatus message={message} />
      <TroubleAlert trouble={trouble} />
      {!preferences && (fetching || (!error && !data)) && <Skeleton label={t('settings.email.loading')} />}
      {!preferences && !fetching && (error || data) && (
        <LoadFailed message={t('settings.email.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {preferences && (
        <fieldset disabled={saving}>
          <legend>{t('settings.email.legend')}</legend>
          {preferences.map((preference) => (
            <label key={preference.kind} className="checkbox" htmlFor={`${id}-${preference.kind}`}>
              <input
                type="checkbox"
                id={`${id}-${preference.kind}`}
                checked={choosing?.kind === preference.kind ? choosing.email : preference.email}
                onChange={(event) => void choose(preference.kind, event.target.checked)}
              />
              {t(`settings.email.kinds.${preference.kind}`)}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
