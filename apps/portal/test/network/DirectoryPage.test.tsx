// /reseau: the search and filters come from and go to the address; results a page at a time;
// empty and failed states; suggestions with their reason in words.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryPage } from '../../src/network/DirectoryPage.tsx';
import { card, directoryPage, SKILLS, taxonomy } from '@ekoacteurs/client/test-fixtures/network';
import { query, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

const suggestions = (list: unknown[]) =>
  query({ viewer: { __typename: 'Member', id: VIEWER_ID, suggestedMembers: list } });
const suggestion = {
  __typename: 'MemberSuggestion',
  reason: 'Son offre répond à votre souhait de répondre à un marché public.',
  score: 12,
  complementaryDomains: ['PROSPECTING'],
  matchedWishes: [
    { __typename: 'WishMatch', wish: 'répondre à un premier marché public', words: ['marché', 'public'] },
  ],
  member: card('lea-roux', 'Léa Roux'),
};

describe('DirectoryPage', () => {
  it('reads the search and filters from the address, and sends them combined', async () => {
    const { client, calls } = stubEndpoint(
      (name) => {
        if (name === 'SkillsTaxonomy') return taxonomy();
        if (name === 'DirectoryMembers') return directoryPage([card('elodie-faure', 'Élodie Faure')]);
        if (name === 'DirectorySuggestions') return suggestions([]);
        return 'pending';
      },
      { plain: true },
    );
    renderAt(
      '/reseau?q=elodie&domaine=communication&region=Bretagne&competence=identite-visuelle&rythme=available',
      client,
      <DirectoryPage />,
    );
    expect(await screen.findByRole('link', { name: 'Élodie Faure' })).toBeTruthy();
    expect(calls('DirectoryMembers').at(-1)!.variables).toEqual({
      search: 'elodie',
      domains: ['COMMUNICATION'],
      regions: ['Bretagne'],
      pace: ['AVAILABLE'],
      skills: [SKILLS[0]!.id],
      first: 20,
      after: null,
    });
    expect((screen.getByLabelText('Nom, métier, compétence, ville…') as HTMLInputElement).value).toBe('elodie');
    expect(screen.getByText('1 membre trouvé')).toBeTruthy();
  });

  it('keeps a new search and each filter in the address, so it can be shared', async () => {
    const { client } = stubEndpoint(
      (name) => {
        if (name === 'SkillsTaxonomy') return taxonomy();
        if (name === 'DirectoryMembers') return directoryPage([]);
        if (name === 'DirectorySuggestions') return suggestions([]);
        return 'pending';
      },
      { plain: true },
    );
    const { location } = renderAt('/reseau', client, <DirectoryPage />);
    const box = await screen.findByLabelText('Nom, métier, compétence, ville…');
    fireEvent.change(box, { target: { value: 'graphiste' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/reseau?q=graphiste'));
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'Domaines' })).getByRole('checkbox', { name: 'Production' }),
    );
    await waitFor(() => expect(location.history.at(-1)).toBe('/reseau?q=graphiste&domaine=production'));
    // Nobody matches: it says so and offers to clear everything.
    expect(
      await screen.findByText('Aucun membre ne correspond. Essayez un autre mot ou retirez des filtres.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer la recherche et les filtres' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/reseau'));
  });

  it('shows more with the cursor, and moves focus to the first new member', async () => {
    const { client, calls } = stubEndpoint((name, variables) => {
      if (name === 'DirectoryMembers') {
        return variables.after === 'c1'
          ? directoryPage([card('zoe-petit', 'Zoé Petit')], { total: 3 })
          : directoryPage([card('elodie-faure', 'Élodie Faure'), card('lea-roux', 'Léa Roux')], {
              total: 3,
              next: 'c1',
            });
      }
      if (name === 'DirectorySuggestions') return suggestions([]);
      return 'pending';
    });
    renderAt('/reseau', client, <DirectoryPage />);
    const more = await screen.findByRole('button', { name: 'Voir plus (2 sur 3)' });
    await act(async () => fireEvent.click(more));
    const zoe = await screen.findByRole('link', { name: 'Zoé Petit' });
    expect(calls('DirectoryMembers').at(-1)!.variables.after).toBe('c1');
    expect(
      within(screen.getByRole('region', { name: 'Tous les membres' }))
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Élodie Faure', 'Léa Roux', 'Zoé Petit']);
    await waitFor(() => expect(document.activeElement).toBe(zoe));
    expect(screen.queryByRole('button', { name: /Voir plus/ })).toBeNull();
  });

  it('says when the search failed and retries', async () => {
    let fail = true;
    const { client } = stubEndpoint(
      (name) => {
        if (name === 'DirectoryMembers')
          return fail ? 'offline' : directoryPage([card('elodie-faure', 'Élodie Faure')]);
        if (name === 'DirectorySuggestions') return suggestions([]);
        return 'pending';
      },
      { plain: true },
    );
    renderAt('/reseau', client, <DirectoryPage />);
    expect(
      await screen.findByText('La recherche n’a pas abouti. Vérifiez votre connexion puis réessayez.'),
    ).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('link', { name: 'Élodie Faure' })).toBeTruthy();
  });

  it('shows suggestions with their reason in words, in the reader’s language', async () => {
    const { client } = stubEndpoint(
      (name) => {
        if (name === 'DirectoryMembers') return directoryPage([]);
        if (name === 'DirectorySuggestions') return suggestions([suggestion]);
        return 'pending';
      },
      { plain: true },
    );
    renderAt('/reseau', client, <DirectoryPage />);
    const region = await screen.findByRole('region', { name: 'Suggestions pour vous' });
    await waitFor(() => expect(within(region).getByRole('link', { name: 'Léa Roux' })).toBeTruthy());
    expect(region.textContent).toContain('Pourquoi : Son offre répond à votre souhait de répondre à un marché public.');
  });
});
