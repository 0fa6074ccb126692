import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardPage } from '../../src/opportunities/BoardPage.tsx';
import { type Answer, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import {
  boardAnswer,
  card,
  mineAnswer,
  NEXT_YEAR,
  OPPORTUNITY_ID,
} from '@ekoacteurs/client/test-fixtures/opportunities';

afterEach(cleanup);

const taxonomy = {
  data: {
    __typename: 'Query',
    skills: [
      {
        __typename: 'Skill',
        id: 'U2tpbGw6MQ==',
        slug: 'identite-visuelle',
        name: 'Identité visuelle',
        nameEn: 'Visual identity',
        domain: 'COMMUNICATION',
      },
      {
        __typename: 'Skill',
        id: 'U2tpbGw6Mg==',
        slug: 'gestion',
        name: 'Gestion',
        nameEn: 'Management',
        domain: 'ADMINISTRATION',
      },
    ],
  },
};

function show(path: string, answer: (name: string, variables: Record<string, unknown>) => Answer) {
  const endpoint = stubEndpoint(
    (name, variables) => {
      if (name === 'SkillsTaxonomy') return taxonomy;
      if (name === 'MyOpportunities') return mineAnswer();
      return answer(name, variables);
    },
    { plain: true },
  );
  const view = renderAt(path, endpoint.client, <BoardPage />);
  return { ...endpoint, ...view };
}

describe('The opportunity board', () => {
  it('lists live opportunities by default, with what a member needs to decide', async () => {
    const { calls } = show('/opportunites', () =>
      boardAnswer([card({ viewerInterest: { __typename: 'OpportunityInterest', id: 'aQ==', status: 'INTERESTED' } })]),
    );
    const article = await screen.findByRole('article', { name: 'Identité visuelle du festival' });
    expect(within(article).getByRole('link').getAttribute('href')).toBe(
      `/opportunites/${encodeURIComponent(OPPORTUNITY_ID)}`,
    );
    expect(article.textContent).toContain('Appel d’offres · Ouverte');
    expect(article.textContent).toContain('Publiée par Camille Martin');
    // 10:00 UTC is noon in Paris in June.
    expect(article.textContent).toContain(`réponses attendues avant le 1 juin ${NEXT_YEAR} à 12:00`);
    expect(within(article).getByText('Vous êtes intéressé·e')).toBeTruthy();
    expect(await screen.findByText('1 opportunité')).toBeTruthy();
    expect(calls('OpportunityBoard')[0]!.variables).toEqual({
      first: 20,
      after: null,
      kinds: null,
      statuses: null,
      skillIds: null,
      regions: null,
      search: null,
    });
  });

  it('reads its filters from the address and keeps them there', async () => {
    const { calls, location } = show('/opportunites?type=PROJECT&statut=WON&region=Bretagne&q=affiche', () =>
      boardAnswer([]),
    );
    await screen.findByText(/Aucune opportunité ne correspond à ces filtres/);
    expect(calls('OpportunityBoard')[0]!.variables).toEqual({
      first: 20,
      after: null,
      kinds: ['PROJECT'],
      statuses: ['WON'],
      skillIds: null,
      regions: ['Bretagne'],
      search: 'affiche',
    });
    expect((screen.getByLabelText('Rechercher dans les titres et descriptions') as HTMLInputElement).value).toBe(
      'affiche',
    );

    await screen.findByRole('option', { name: 'Gestion' });
    fireEvent.change(screen.getByLabelText('Compétence recherchée'), { target: { value: 'U2tpbGw6Mg==' } });
    await waitFor(() =>
      expect(calls('OpportunityBoard').at(-1)!.variables).toMatchObject({ skillIds: ['U2tpbGw6Mg=='] }),
    );
    expect(location.history.at(-1)).toContain('competence=U2tpbGw6Mg%3D%3D');

    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() =>
      expect(calls('OpportunityBoard').at(-1)!.variables).toMatchObject({
        kinds: null,
        statuses: null,
        regions: null,
        search: null,
        skillIds: null,
      }),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Rechercher dans les titres et descriptions')),
    );
  });

  it('says what to do when nothing is live, and explains a failure', async () => {
    show('/opportunites', () => boardAnswer([]));
    await screen.findByText(/Aucune opportunité en cours. Publiez la première/);
    cleanup();
    show('/opportunites', () => 'offline');
    expect((await screen.findByRole('alert')).textContent).toContain('Les opportunités n’ont pas pu être chargées');
  });

  it('posts an opportunity with the API’s rules checked first, deadline read as Paris time', async () => {
    const { calls } = show('/opportunites', (name) => (name === 'OpportunityBoard' ? boardAnswer([]) : 'pending'));
    fireEvent.click(await screen.findByRole('button', { name: 'Publier une opportunité' }));
    const form = screen.getByRole('form', { name: 'Publier une opportunité' });
    fireEvent.click(within(form).getByRole('button', { name: 'Publier' }));
    expect(within(form).getByText('Choisissez le type d’opportunité.')).toBeTruthy();
    expect(within(form).getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(calls('OpportunityPost')).toHaveLength(0);

    fireEvent.click(within(form).getByRole('radio', { name: /^Projet/ }));
    fireEvent.change(within(form).getByLabelText('Titre'), { target: { value: 'Site vitrine' } });
    fireEvent.change(within(form).getByLabelText('Ce qui est attendu'), {
      target: { value: 'Un site pour une association de quartier.' },
    });
    const year = new Date().getUTCFullYear() + 1;
    fireEvent.change(within(form).getByLabelText(/Échéance/), { target: { value: `${year}-07-01T09:30` } });
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Identité visuelle' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Publier' }));
    await waitFor(() => expect(calls('OpportunityPost')).toHaveLength(1));
    expect(calls('OpportunityPost')[0]!.variables).toEqual({
      input: {
        kind: 'PROJECT',
        title: 'Site vitrine',
        description: 'Un site pour une association de quartier.',
        region: null,
        // 09:30 in Paris in July (summer time) is 07:30 UTC.
        deadline: `${year}-07-01T07:30:00.000Z`,
        skillIds: ['U2tpbGw6MQ=='],
        collectiveId: null,
      },
    });
  });
});
