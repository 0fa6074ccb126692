// "Bien démarrer": the first sign-in checklist on the home — profile, cooperation card, skills,
// public page, a first workshop — each ticked from the member's real data (viewer.onboarding,
// read again whenever the home is shown), each linking to where it is done (Checklist.tsx draws it).
// Once all are done the member puts it away for good (dismissOnboarding); until then it stays.
import { HomeOnboardingDocument, OnboardingDismissDocument } from '@ekoacteurs/client';
import { LiveStatus } from '@ekoacteurs/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Checklist } from './Checklist.tsx';
import { rememberPutAway } from './put-away.ts';

export function Onboarding() {
  const { t } = useTranslation();
  const [{ data, error, fetching, stale }] = useQuery({
    query: HomeOnboardingDocument,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: dismissing }, dismiss] = useMutation(OnboardingDismissDocument);
  const [failed, setFailed] = useState(false);
  const viewer = data?.viewer;
  const onboarding = viewer?.onboarding;
  useEffect(() => {
    if (viewer && onboarding?.dismissed) rememberPutAway(viewer.id);
  }, [viewer, onboarding?.dismissed]);
  // While it loads (the cache may first give a partial answer without it), the same list without
  // ticks holds its place; if it cannot load, the home goes on without it.
  if (!onboarding) return (fetching || stale || !data) && !error ? <Checklist onboarding={null} /> : null;
  if (onboarding.dismissed) return null;

  async function putAway() {
    setFailed(false);
    const result = await dismiss({});
    if (result.data?.dismissOnboarding.__typename !== 'DismissOnboardingSuccess') setFailed(true);
  }

  return (
    <Checklist onboarding={onboarding}>
      {onboarding.complete && (
        <p className="actions">
          <button type="button" className="secondary" onClick={putAway} disabled={dismissing}>
            {t('home.onboarding.dismiss')}
          </button>
        </p>
      )}
      <LiveStatus message={failed ? t('home.onboarding.dismissFailed') : null} />
    </Checklist>
  );
}
