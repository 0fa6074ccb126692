// "Bien démarrer": the first sign-in checklist on the home — profile, cooperation card, skills,
// public page, a first workshop — each ticked from the member's real data (viewer.onboarding,
// read again whenever the home is shown), each linking to where it is done. Once all are done the
// member puts it away for good (dismissOnboarding); until then it stays.
import { HomeOnboardingDocument, OnboardingDismissDocument, type OnboardingStep } from '@ekoacteurs/client';
import { LiveStatus } from '@ekoacteurs/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { ROUTES } from '../routes.ts';
import { NETWORK_PATHS } from '../shared/paths.ts';
import './home.css';

/** Where each item is done. */
const WHERE: Record<OnboardingStep, string> = {
  PROFILE: `${NETWORK_PATHS.profile}#profile-identity`,
  CARD: `${NETWORK_PATHS.profile}#profile-card`,
  SKILLS: `${NETWORK_PATHS.profile}#profile-skills`,
  PAGE: NETWORK_PATHS.page,
  WORKSHOP: ROUTES.agenda,
};

export function Onboarding() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: HomeOnboardingDocument, requestPolicy: 'cache-and-network' });
  const [{ fetching: dismissing }, dismiss] = useMutation(OnboardingDismissDocument);
  const [failed, setFailed] = useState(false);
  const onboarding = data?.viewer?.onboarding;
  if (!onboarding || onboarding.dismissed) return null;
  const done = onboarding.items.filter((item) => item.done).length;

  async function putAway() {
    setFailed(false);
    const result = await dismiss({});
    if (result.data?.dismissOnboarding.__typename !== 'DismissOnboardingSuccess') setFailed(true);
  }

  return (
    <section aria-labelledby="onboarding-title" className="panel onboarding">
      <h2 id="onboarding-title">{t('home.onboarding.title')}</h2>
      <p className="hint muted" id="onboarding-progress">
        {onboarding.complete
          ? t('home.onboarding.complete')
          : t('home.onboarding.progress', { done, count: onboarding.items.length })}
      </p>
      <progress max={onboarding.items.length} value={done} aria-labelledby="onboarding-progress" />
      <ol className="onboarding-items">
        {onboarding.items.map((item) => (
          <li key={item.key} className={item.done ? 'done' : undefined}>
            <span className="onboarding-mark" aria-hidden>
              {item.done ? '✓' : ''}
            </span>
            {item.done ? (
              <span>{t(`home.onboarding.item.${item.key}`)}</span>
            ) : (
              <Link href={WHERE[item.key]}>{t(`home.onboarding.item.${item.key}`)}</Link>
            )}
            <span className="visually-hidden">
              {item.done ? t('home.onboarding.doneLabel') : t('home.onboarding.todoLabel')}
            </span>
          </li>
        ))}
      </ol>
      {onboarding.complete && (
        <p className="actions">
          <button type="button" className="secondary" onClick={putAway} disabled={dismissing}>
            {t('home.onboarding.dismiss')}
          </button>
        </p>
      )}
      <LiveStatus message={failed ? t('home.onboarding.dismissFailed') : null} />
    </section>
  );
}
