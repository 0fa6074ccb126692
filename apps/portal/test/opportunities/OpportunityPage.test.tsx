import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { OpportunityPage } from '../../src/opportunities/OpportunityPage.tsx';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import {
  detail,
  detailAnswer,
  interest,
  OPPORTUNITY_ID,
  POSTED_BY_OTHER,
} from '@ekoacteurs/client/test-fixtures/opportunities';
import { OTHER } from '@ekoacteurs/client/test-fixtures/members';

afterEach(cleanup);

function show(answer: (name: string, variables: Record<string, unknown>) => Answer, graphcache = false) {
  const endpoint = stubEndpoint(answer, { plain: !graphcache });
  const view = renderAt(
    `/opportunites/${encodeURIComponent(OPPORTUNITY_ID)}`,
    endpoint.client,
    <Route path="/opportunites/:id">
      <OpportunityPage />
    </Route>,
  );
  return { ...endpoint, ...view };
}

describe('An opportunity', () => {
  it('asks for it by the id in the address, and says when there is none', async () => {
    const { calls } = show(() => detailAnswer(null));
    const title = await screen.findByRole('heading', { level: 1, name: 'Opportunité introuvable' });
    // Focus moves right after the heading appears (on the next frame).
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(calls('OpportunityDetail')[0]!.variables).toEqual({ id: OPPORTUNITY_ID });
    expect(screen.getByRole('link', { name: 'Retour aux opportunités' }).getAttribute('href')).toBe('/opportunites');
  });

  it('explains a failure to load and offers to retry', async () => {
    let offline = true;
    show(() => (offline ? 'offline' : detailAnswer()));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('L’opportunité n’a pas pu être chargée');
    offline = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 1, name: 'Identité visuelle du festival' });
  });

  it('lets its poster form the team and move it along the workflow the API allows', async () => {
    const { calls } = show((name) =>
      name === 'OpportunityDetail'
        ? detailAnswer()
        : name === 'OpportunitySetStatus'
          ? mutation('setOpportunityStatus', {
              __typename: 'ConflictError',
              code: 'CONFLICT',
              message: 'An opportunity cannot go from OPEN to SUBMITTED.',
            })
          : 'pending',
    );
    await screen.findByRole('heading', { level: 1, name: 'Identité visuelle du festival' });
    const workflow = screen.getByRole('region', { name: 'Où en est l’opportunité' });
    // From OPEN, a call for tenders goes to TEAM_FORMING or CLOSED.
    expect(
      within(workflow)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Passer à la constitution de l’équipe', 'Clore l’opportunité']);
    fireEvent.click(within(workflow).getByRole('button', { name: 'Passer à la constitution de l’équipe' }));
    await waitFor(() => expect(calls('OpportunitySetStatus')).toHaveLength(1));
    expect(calls('OpportunitySetStatus')[0]!.variables).toEqual({ id: OPPORTUNITY_ID, status: 'TEAM_FORMING' });
    expect((await within(workflow).findByRole('alert')).textContent).toContain('la situation a changé');

    // The team: interested members with their note; retaining asks first (it is final).
    const forming = screen.getByRole('region', { name: 'Former l’équipe (1 marque d’intérêt)' });
    expect(within(forming).getByText('Je peux prendre l’affiche.')).toBeTruthy();
    const retain = within(forming).getByRole('button', { name: 'Retenir dans l’équipe (0)' });
    expect(retain.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(forming).getByRole('checkbox', { name: 'Adel Rahmani' }));
    fireEvent.click(within(forming).getByRole('button', { name: 'Retenir dans l’équipe (1)' }));
    const dialog = screen.getByRole('dialog', { name: 'Retenir ce membre dans l’équipe ?' });
    expect(dialog.textContent).toContain('Adel Rahmani rejoindra l’équipe et sera prévenu·e. C’est définitif.');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' })));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retenir dans l’équipe' }));
    await waitFor(() => expect(calls('OpportunityFormTeam')).toHaveLength(1));
    expect(calls('OpportunityFormTeam')[0]!.variables).toEqual({
      input: { opportunityId: OPPORTUNITY_ID, inTeam: ['T3Bwb3J0dW5pdHlJbnRlcmVzdDox'] },
    });
    // Not the interest form: the poster manages the opportunity rather than joining it.
    expect(screen.queryByRole('region', { name: 'Votre intérêt' })).toBeNull();
  });

  it('offers projects no "submitted", and no change once final', async () => {
    show(() => detailAnswer(detail({ kind: 'PROJECT', status: 'TEAM_FORMING' })));
    const workflow = await screen.findByRole('region', { name: 'Où en est l’opportunité' });
    expect(
      within(workflow)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Rouvrir aux marques d’intérêt', 'Clore l’opportunité']);
    cleanup();
    show(() => detailAnswer(detail({ status: 'WON' })));
    const final = await screen.findByRole('region', { name: 'Où en est l’opportunité' });
    expect(within(final).queryAllByRole('button')).toEqual([]);
    expect(final.textContent).toContain('Plus rien ne peut changer.');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('lets another member express interest with a note checked as they type', async () => {
    const { calls } = show((name) =>
      name === 'OpportunityDetail'
        ? detailAnswer(
            detail({
              postedBy: POSTED_BY_OTHER,
              interests: { __typename: 'OpportunityInterestsConnection', totalCount: 0, edges: [] },
            }),
          )
        : 'pending',
    );
    const panel = await screen.findByRole('region', { name: 'Votre intérêt' });
    const note = within(panel).getByLabelText('Ce que vous apportez');
    fireEvent.change(note, { target: { value: 'Affiche' } });
    fireEvent.blur(note);
    expect(within(panel).getByText('Écrivez au moins 10 caractères (vous en avez 7).')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Je suis intéressé·e' }));
    expect(calls('OpportunityExpressInterest')).toHaveLength(0);
    fireEvent.change(note, { target: { value: 'Graphiste : l’affiche et la signalétique.' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Je suis intéressé·e' }));
    await waitFor(() => expect(calls('OpportunityExpressInterest')).toHaveLength(1));
    expect(calls('OpportunityExpressInterest')[0]!.variables).toEqual({
      opportunityId: OPPORTUNITY_ID,
      note: 'Graphiste : l’affiche et la signalétique.',
    });
    expect(screen.queryByRole('region', { name: 'Où en est l’opportunité' })).toBeNull();
  });

  it('tells a member where their interest stands, and when interest is no longer gathered', async () => {
    show(() =>
      detailAnswer(
        detail({
          postedBy: POSTED_BY_OTHER,
          viewerInterest: { ...interest({ id: 'bWluZQ==' }), status: 'IN_TEAM' },
          team: [{ ...OTHER }],
        }),
      ),
    );
    await screen.findByText(
      'Vous faites partie de l’équipe. Pour en sortir, parlez-en aux personnes qui gèrent l’opportunité.',
    );
    expect(screen.getByRole('heading', { name: 'L’équipe (1 membre)' })).toBeTruthy();
    cleanup();
    show(() => detailAnswer(detail({ postedBy: POSTED_BY_OTHER, status: 'CLOSED' })));
    await screen.findByText('Cette opportunité ne recueille plus de marques d’intérêt (statut : Clôturée).');
    expect(screen.queryByLabelText('Ce que vous apportez')).toBeNull();
    cleanup();
    show(() => detailAnswer(detail({ postedBy: POSTED_BY_OTHER, deadline: '2020-01-01T10:00:00.000Z' })));
    await screen.findByText('L’échéance est passée : il n’est plus possible de marquer son intérêt.');
  });

  it('withdrawing asks first, and the page answers at once (optimistic)', async () => {
    const mine = {
      ...interest({ id: 'bWluZQ==', member: { ...OTHER, id: 'TWVtYmVyOmNhbWlsbGU=', displayName: 'Camille Martin' } }),
    };
    const { calls } = show(
      (name) =>
        name === 'OpportunityDetail'
          ? detailAnswer(
              detail({
                postedBy: POSTED_BY_OTHER,
                viewerInterest: mine,
                interests: {
                  __typename: 'OpportunityInterestsConnection',
                  totalCount: 1,
                  edges: [{ __typename: 'OpportunityInterestsEdge', node: mine }],
                },
              }),
            )
          : 'pending',
      true,
    );
    const panel = await screen.findByRole('region', { name: 'Votre intérêt' });
    expect(panel.textContent).toContain('Je peux prendre l’affiche.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Retirer mon intérêt' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Retirer votre intérêt ?' })).getByRole('button', {
        name: 'Retirer mon intérêt',
      }),
    );
    // The server has not answered ("pending"), yet the form to express interest is back.
    expect(await within(panel).findByLabelText('Ce que vous apportez')).toBeTruthy();
    expect(calls('OpportunityWithdrawInterest')).toHaveLength(1);
  });
});
