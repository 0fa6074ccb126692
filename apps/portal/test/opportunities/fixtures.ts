// Typed answers for the opportunity board's operations (complete selections, with __typename).
import type { MyOpportunitiesQuery, OpportunityBoardQuery, OpportunityDetailQuery, OpportunityInterestRowFragment } from '@ekoacteurs/client';
import { VIEWER } from '../collectives/support.tsx';

type Detail = NonNullable<OpportunityDetailQuery['opportunity']>;
type Card = OpportunityBoardQuery['opportunities']['edges'][number]['node'];

export const OPPORTUNITY_ID = 'T3Bwb3J0dW5pdHk6ZmVzdGl2YWw=';
/** Answers are due next June (a deadline must be in the future). */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;
export const OTHER = { __typename: 'Member' as const, id: 'TWVtYmVyOmFkZWw=', handle: 'adel-rahmani', displayName: 'Adel Rahmani', headline: 'Formateur' };

export function interest(overrides: Partial<OpportunityInterestRowFragment> = {}): OpportunityInterestRowFragment {
  return {
    __typename: 'OpportunityInterest',
    id: 'T3Bwb3J0dW5pdHlJbnRlcmVzdDox',
    status: 'INTERESTED',
    note: 'Je peux prendre l’affiche.',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    member: OTHER,
    ...overrides,
  };
}

export function card(overrides: Partial<Card> = {}): Card {
  return {
    __typename: 'Opportunity',
    id: OPPORTUNITY_ID,
    kind: 'CALL_FOR_TENDER',
    title: 'Identité visuelle du festival',
    status: 'OPEN',
    region: 'Bretagne',
    deadline: `${NEXT_YEAR}-06-01T10:00:00.000Z`,
    createdAt: '2026-03-01T09:00:00.000Z',
    postedBy: { __typename: 'Member', id: VIEWER.id, handle: VIEWER.handle, displayName: VIEWER.displayName },
    collective: null,
    skills: [{ __typename: 'Skill', id: 'U2tpbGw6MQ==', name: 'Identité visuelle', nameEn: 'Visual identity' }],
    viewerInterest: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<Detail> = {}): Detail {
  return {
    ...card(),
    description: 'Le festival cherche une équipe.\nBudget : 12 000 €.',
    updatedAt: '2026-03-01T09:00:00.000Z',
    closedAt: null,
    collective: null,
    team: [],
    interests: { __typename: 'OpportunityInterestsConnection', totalCount: 1, edges: [{ __typename: 'OpportunityInterestsConnectionEdge', node: interest() }] },
    viewerInterest: null,
    ...overrides,
  } as Detail;
}

export const detailAnswer = (opportunity: Detail | null = detail()) => ({ data: { __typename: 'Query', opportunity } satisfies OpportunityDetailQuery });

export function boardAnswer(cards: Card[]) {
  return {
    data: {
      __typename: 'Query',
      opportunities: {
        __typename: 'QueryOpportunitiesConnection',
        totalCount: cards.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: cards.map((node) => ({ __typename: 'QueryOpportunitiesConnectionEdge' as const, node })),
      },
    } satisfies OpportunityBoardQuery,
  };
}

export function mineAnswer(overrides: Partial<NonNullable<MyOpportunitiesQuery['viewer']>> = {}) {
  return {
    data: {
      __typename: 'Query',
      viewer: {
        __typename: 'Member',
        id: VIEWER.id,
        opportunitiesPosted: { __typename: 'MemberOpportunitiesPostedConnection', totalCount: 0, edges: [] },
        opportunityInterests: { __typename: 'MemberOpportunityInterestsConnection', totalCount: 0, edges: [] },
        collectives: [],
        ...overrides,
      },
    } satisfies MyOpportunitiesQuery,
  };
}
