// "Bien démarrer" as drawn: the title, the progress, the five items (ticked and linked to where each
// is done). Before the member's data is known it is drawn the same, with the same words and no ticks,
// so the home keeps its place and nothing below it moves when the data arrives (layout shift). In the
// first load (the home's own module); the data and the mutation live in Onboarding.tsx, loaded later.
import type { OnboardingFieldsFragment, OnboardingStep } from '@ekoacteurs/client';
import type { ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Link } from 'wouter';
import { ROUTES } from '../routes.ts';
import { NETWORK_PATHS } from '../shared/paths.ts';
import './home.css';

type Onboarding = NonNullable<OnboardingFieldsFragment['onboarding']>;

/** The items in the order the API gives them (Member.onboarding), and where each is done. */
const WHERE: Record<OnboardingStep, string> = {
  PROFILE: `${NETWORK_PATHS.profile}#profile-identity`,
  CARD: `${NETWORK_PATHS.profile}#profile-card`,
  SKILLS: `${NETWORK_PATHS.profile}#profile-skills`,
  PAGE: NETWORK_PATHS.page,
  WORKSHOP: ROUTES.agenda,
};
const PENDING = (Object.keys(WHERE) as OnboardingStep[]).map((key) => ({ key, done: false }));

/** `onboarding` null: still loading (same size, marked busy). `children`: what follows the list (putting it away). */
export function Checklist({ onboarding, children }: { onboarding: Onboarding | null; children?: ReactNode }) {
  const { t } = useTranslation();
  const items = onboarding?.items ?? PENDING;
  const done = items.filter((item) => item.done).length;
  return (
    <section aria-labelledby="onboarding-title" aria-busy={onboarding ? undefined : true} className="panel onboarding">
      <h2 id="onboarding-title">{t('home.onboarding.title')}</h2>
      <p className="hint muted" id="onboarding-progress">
        {!onboarding
          ? t('kit.loading')
          : onboarding.complete
            ? t('home.onboarding.complete')
            : t('home.onboarding.progress', { done, count: items.length })}
      </p>
      <progress max={items.length} value={done} aria-labelledby="onboarding-progress" />
      <ol className="onboarding-items">
        {items.map((item) => (
          <li key={item.key} className={item.done ? 'done' : undefined}>
            <span className="onboarding-mark" aria-hidden>
              {item.done ? '✓' : ''}
            </span>
            {item.done || !onboarding ? (
              <span>{t(`home.onboarding.item.${item.key}`)}</span>
            ) : (
              <Link href={WHERE[item.key]}>{t(`home.onboarding.item.${item.key}`)}</Link>
            )}
            {onboarding && (
              <span className="visually-hidden">
                {item.done ? t('home.onboarding.doneLabel') : t('home.onboarding.todoLabel')}
              </span>
            )}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
