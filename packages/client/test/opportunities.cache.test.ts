// The portal's real client (Graphcache with packages/client/src/cache/opportunities.ts) over a
// stub endpoint: what the screens read after each mutation, without a reload.
import {
  MyOpportunitiesDocument,
  OpportunityBoardDocument,
  OpportunityDetailDocument,
  OpportunityExpressInterestDocument,
  OpportunityPostDocument,
  OpportunitySetStatusDocument,
  OpportunityWithdrawInterestDocument,
} from '../src/index.ts';
import { describe, expect, it } from 'vitest';
import { VIEWER } from './fixtures/viewer.ts';
import { mutation, settle, stubEndpoint, type Answer } from './support.ts';
import {
  boardAnswer,
  card,
  detail,
  detailAnswer,
  interest,
  mineAnswer,
  OPPORTUNITY_ID,
  POSTED_BY_OTHER,
} from './fixtures/opportunities.ts';
import { OTHER } from './fixtures/members.ts';

const board = { first: 20, after: null, kinds: null, statuses: null, skillIds: null, regions: null, search: null };

describe('opportunities in the cache', () => {
  it('a posted opportunity heads "my opportunities"; boards are read again when next shown', async () => {
    const posted = {
      ...card({ id: 'T3Bwb3J0dW5pdHk6bmV3', title: 'Site vitrine', kind: 'PROJECT' }),
      description: 'Un site pour une association de quartier.',
    };
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'MyOpportunities') return mineAnswer();
      if (name === 'OpportunityBoard')
        return boardAnswer(calls('OpportunityBoard').length > 1 ? [posted, card()] : [card()]);
      if (name === 'OpportunityPost')
        return mutation('postOpportunity', { __typename: 'OpportunitySuccess', opportunity: posted });
      return 'pending';
    });
    await client.query(MyOpportunitiesDocument, {}).toPromise();
    await client.query(OpportunityBoardDocument, board).toPromise();

    await client
      .mutation(OpportunityPostDocument, {
        input: { kind: 'PROJECT', title: 'Site vitrine', description: 'Un site pour une association de quartier.' },
      })
      .toPromise();
    const mine = client.readQuery(MyOpportunitiesDocument, {})?.data?.viewer?.opportunitiesPosted;
    expect(mine?.edges.map((e) => `${e.node.title} (${e.node.status})`)).toEqual(['Site vitrine (OPEN)']);
    expect(mine?.totalCount).toBe(1);
    expect(calls('MyOpportunities')).toHaveLength(1);

    const again = await client.query(OpportunityBoardDocument, board).toPromise();
    expect(again.data?.opportunities?.edges.map((e) => e.node.title)).toEqual([
      'Site vitrine',
      'Identité visuelle du festival',
    ]);
    expect(calls('OpportunityBoard')).toHaveLength(2);
  });

  it('an expressed interest shows on the opportunity, among its interested members and in "my interests"', async () => {
    const mine = interest({
      id: 'T3Bwb3J0dW5pdHlJbnRlcmVzdDpt',
      note: 'Graphiste : l’affiche.',
      member: { ...OTHER, id: VIEWER.id, handle: VIEWER.handle, displayName: VIEWER.displayName },
    });
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'MyOpportunities') return mineAnswer();
      if (name === 'OpportunityDetail') return detailAnswer(detail({ postedBy: POSTED_BY_OTHER }));
      if (name === 'OpportunityExpressInterest') {
        return mutation('expressInterest', {
          __typename: 'OpportunityInterestSuccess',
          interest: { ...mine, opportunity: { __typename: 'Opportunity', id: OPPORTUNITY_ID } },
        });
      }
      return 'pending';
    });
    await client.query(MyOpportunitiesDocument, {}).toPromise();
    await client.query(OpportunityDetailDocument, { id: OPPORTUNITY_ID }).toPromise();

    await client
      .mutation(OpportunityExpressInterestDocument, { opportunityId: OPPORTUNITY_ID, note: 'Graphiste : l’affiche.' })
      .toPromise();
    const opportunity = client.readQuery(OpportunityDetailDocument, { id: OPPORTUNITY_ID })?.data?.opportunity;
    expect(opportunity?.viewerInterest).toMatchObject({
      id: mine.id,
      status: 'INTERESTED',
      note: 'Graphiste : l’affiche.',
    });
    expect(opportunity?.interests.edges.map((e) => e.node.member.displayName)).toEqual([
      'Adel Rahmani',
      'Camille Martin',
    ]);
    expect(opportunity?.interests.totalCount).toBe(2);
    const interests = client.readQuery(MyOpportunitiesDocument, {})?.data?.viewer?.opportunityInterests;
    expect(interests?.edges.map((e) => `${e.node.opportunity.title} (${e.node.status})`)).toEqual([
      'Identité visuelle du festival (INTERESTED)',
    ]);
    expect(calls('OpportunityDetail')).toHaveLength(1);
    expect(calls('MyOpportunities')).toHaveLength(1);
  });

  it('withdrawing is optimistic, then leaves the list of interested members', async () => {
    const mine = interest({
      id: 'T3Bwb3J0dW5pdHlJbnRlcmVzdDpt',
      member: { ...OTHER, id: VIEWER.id, displayName: VIEWER.displayName },
    });
    let answer: (value: Answer) => void = () => {};
    const { client } = stubEndpoint((name) => {
      if (name === 'OpportunityDetail') {
        return detailAnswer(
          detail({
            postedBy: POSTED_BY_OTHER,
            viewerInterest: mine,
            interests: {
              __typename: 'OpportunityInterestsConnection',
              totalCount: 2,
              edges: [interest(), mine].map((node) => ({ __typename: 'OpportunityInterestsEdge' as const, node })),
            },
          }),
        );
      }
      if (name === 'OpportunityWithdrawInterest') return new Promise<Answer>((resolve) => (answer = resolve));
      return 'pending';
    });
    await client.query(OpportunityDetailDocument, { id: OPPORTUNITY_ID }).toPromise();
    const read = () => client.readQuery(OpportunityDetailDocument, { id: OPPORTUNITY_ID })?.data?.opportunity;

    const pending = client.mutation(OpportunityWithdrawInterestDocument, { opportunityId: OPPORTUNITY_ID }).toPromise();
    await settle();
    expect(read()?.viewerInterest?.status).toBe('WITHDRAWN');
    expect(read()?.interests.edges.map((e) => e.node.member.displayName)).toEqual(['Adel Rahmani']);

    answer(
      mutation('withdrawInterest', {
        __typename: 'OpportunityInterestSuccess',
        interest: { __typename: 'OpportunityInterest', id: mine.id, status: 'WITHDRAWN' },
      }),
    );
    await pending;
    expect(read()?.viewerInterest?.status).toBe('WITHDRAWN');
    expect(read()?.interests.totalCount).toBe(1);
  });

  it('a status change reaches the opportunity at once; boards filtered by status are read again', async () => {
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'OpportunityDetail') return detailAnswer();
      if (name === 'OpportunityBoard') return boardAnswer([card()]);
      if (name === 'OpportunitySetStatus') {
        return mutation('setOpportunityStatus', {
          __typename: 'OpportunitySuccess',
          opportunity: {
            __typename: 'Opportunity',
            id: OPPORTUNITY_ID,
            status: 'CLOSED',
            updatedAt: '2026-03-09T09:00:00.000Z',
            closedAt: '2026-03-09T09:00:00.000Z',
          },
        });
      }
      return 'pending';
    });
    await client.query(OpportunityDetailDocument, { id: OPPORTUNITY_ID }).toPromise();
    await client.query(OpportunityBoardDocument, board).toPromise();
    await client.mutation(OpportunitySetStatusDocument, { id: OPPORTUNITY_ID, status: 'CLOSED' }).toPromise();
    expect(client.readQuery(OpportunityDetailDocument, { id: OPPORTUNITY_ID })?.data?.opportunity?.status).toBe(
      'CLOSED',
    );
    await client.query(OpportunityBoardDocument, board).toPromise();
    expect(calls('OpportunityBoard')).toHaveLength(2);
    expect(calls('OpportunityDetail')).toHaveLength(1);
  });
});
