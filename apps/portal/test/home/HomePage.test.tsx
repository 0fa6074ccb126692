// The member's home keeps its shape while its parts arrive: the "Bien démarrer" checklist is drawn
// with its five items before the member's data is known (then ticked in place), the suggestions keep
// their row, and a checklist put away for good takes no room at all next time. Its data is asked for
// while the viewer's is, not after.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HomePage } from '../../src/home/HomePage.tsx';
import { type Answer, query, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

const ITEMS = [
  'Présentez-vous : accroche et présentation',
  'Remplissez votre carte de coopération',
  'Indiquez vos compétences',
  'Publiez votre page publique',
  'Inscrivez-vous à un premier atelier',
];

const onboarding = (done: boolean[], dismissed = false) =>
  query({
    viewer: {
      __typename: 'Member',
      id: VIEWER_ID,
      onboarding: {
        __typename: 'Onboarding',
        complete: done.every(Boolean),
        dismissed,
        items: ['PROFILE', 'CARD', 'SKILLS', 'PAGE', 'WORKSHOP'].map((key, i) => ({
          __typename: 'OnboardingItem',
          key,
          done: done[i],
        })),
      },
    },
  });

/** The home with the checklist's answer held until `release` is called; everything else never answers. */
function home() {
  let release: (answer: Answer) => void = () => undefined;
  const held = new Promise<Answer>((resolve) => (release = resolve));
  const { client, calls } = stubEndpoint((name) => (name === 'HomeOnboarding' ? held : 'pending'));
  renderAt('/', client, <HomePage />);
  return { release, calls };
}

it('draws the checklist with its five items while it loads, then ticks them in place', async () => {
  const { release } = home();
  const checklist = await screen.findByRole('region', { name: 'Bien démarrer' });
  expect(checklist.getAttribute('aria-busy')).toBe('true');
  expect(
    within(checklist)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(ITEMS);
  // The suggestions' row is there too, saying it loads, before their code and strings arrive.
  expect(screen.getAllByRole('status').some((status) => status.textContent === 'Chargement…')).toBe(true);

  await act(async () => release(onboarding([true, true, false, false, false])));
  await screen.findByText('2 sur 5 fait');
  const ticked = screen.getByRole('region', { name: 'Bien démarrer' });
  expect(ticked.getAttribute('aria-busy')).toBeNull();
  expect(within(ticked).getAllByRole('listitem')).toHaveLength(5);
  expect(within(ticked).getByRole('link', { name: 'Publiez votre page publique' })).toBeTruthy();
  expect(within(ticked).queryByRole('link', { name: 'Remplissez votre carte de coopération' })).toBeNull();
});

it('asks for its suggestions and agenda beside the viewer query, not after it', async () => {
  const { client, calls } = stubEndpoint(() => 'pending', { holdViewer: true });
  renderAt('/', client, <HomePage />);
  await waitFor(() => expect(calls('DirectorySuggestions')).toHaveLength(1));
  expect(calls('UpcomingWorkshops')).toEqual([{ name: 'UpcomingWorkshops', variables: { first: 12, after: null } }]);
  expect(calls('Viewer')).toHaveLength(1);
});

it('once put away, takes no room: not even while loading on the next visit', async () => {
  const first = home();
  await act(async () => first.release(onboarding([true, true, true, true, true], true)));
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Bien démarrer' })).toBeNull());
  cleanup();

  const again = home();
  await screen.findByText('Bonjour Camille Martin !');
  expect(screen.queryByText('Bien démarrer')).toBeNull();
  expect(again.calls('HomeOnboarding')).toHaveLength(0);
});
