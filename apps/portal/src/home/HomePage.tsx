// The member's home: the first sign-in checklist until it is put away, suggestions for them near
// the top, then what is coming up. Visitors are invited to sign in or apply. What arrives late (the
// checklist, the suggestions) is drawn first at its final size, so the agenda below never moves.
import { Skeleton } from '@ekoacteurs/ui/Feedback.tsx';
import { Shelf } from '@ekoacteurs/ui/Shelf.tsx';
import { lazy, Suspense } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useClient, type Client } from 'urql';
import { Link } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { SUGGESTIONS_QUERY } from '../network/suggestions-query.ts';
import { ROUTES } from '../routes.ts';
import { FIRST_PAGE_QUERY, UpcomingWorkshops } from '../workshops/UpcomingWorkshops.tsx';
import { Checklist } from './Checklist.tsx';
import { wasPutAway } from './put-away.ts';

// Members only: not in the visitors' first load. The checklist asks for its own data anyway, so
// its code loads beside that request. Suggestions sit below the fold on a phone; the network
// screens' strings travel with them (network/catalogue.ts), so they come along.
// Both start loading while the viewer query runs (the portal's `/` is served only with a session).
const loadOnboarding = () => import('./Onboarding.tsx');
const loadSuggestions = () => Promise.all([import('../network/catalogue.ts'), import('../network/Suggestions.tsx')]);
const Onboarding = lazy(() => loadOnboarding().then((m) => ({ default: m.Onboarding })));
const Suggestions = lazy(() => loadSuggestions().then(([, m]) => ({ default: m.Suggestions })));

// The home's data is asked for beside the viewer query rather than after it (a round trip less
// before the largest paint); the screens' own queries then find it in the cache, or in flight.
function askEarly(client: Client) {
  void loadOnboarding();
  void loadSuggestions();
  void client.query(SUGGESTIONS_QUERY.query, SUGGESTIONS_QUERY.variables).toPromise();
  void client.query(FIRST_PAGE_QUERY.query, FIRST_PAGE_QUERY.variables).toPromise();
}

export function HomePage() {
  const { t } = useTranslation();
  const client = useClient();
  const { viewer, fetching } = useViewer();
  if (fetching) {
    askEarly(client);
    return <Skeleton />;
  }
  const active = viewer?.status === 'ACTIVE';
  return (
    <>
      {viewer ? (
        <p className="lead">{t('home.welcome', { name: viewer.displayName })}</p>
      ) : (
        <div className="notice">
          <p>{t('home.visitor')}</p>
          <p className="actions">
            <Link href={ROUTES.signIn} className="button">
              {t('auth.signIn')}
            </Link>
            <Link href={ROUTES.apply} className="button secondary">
              {t('auth.applyLink')}
            </Link>
          </p>
        </div>
      )}
      {active && !wasPutAway(viewer.id) && (
        <Suspense fallback={<Checklist onboarding={null} />}>
          <Onboarding />
        </Suspense>
      )}
      {active && (
        <Suspense fallback={<Shelf id="suggestions-title" />}>
          <Suggestions />
        </Suspense>
      )}
      <UpcomingWorkshops />
    </>
  );
}
