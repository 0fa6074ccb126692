// The opportunity board in the portal: what changes on screen after a mutation, without a reload.
// - Posting: the new opportunity heads "my opportunities"; board pages (filtered by status, kind,
//   region…) are read again, since only the server knows which filters it matches.
// - Expressing interest: the opportunity shows your interest, its list of interested members and
//   "my interests" include it. Withdrawing is optimistic: the button answers at once.
// - Forming the team and moving the status: the payloads carry the changed fields; boards filtered
//   by status are read again.
import type { Cache } from '@urql/exchange-graphcache';
import {
  MyOpportunitiesDocument,
  OpportunityDetailDocument,
  type MyOpportunitiesQuery,
  type OpportunityExpressInterestMutation,
  type OpportunityPostMutation,
  type OpportunityWithdrawInterestMutation,
} from '../generated/graphql.ts';
import { invalidateRootField } from './invalidate.ts';
import type { CacheConfig } from './types.ts';

type Viewer = NonNullable<MyOpportunitiesQuery['viewer']>;

const opportunityRef = (id: string) => ({ __typename: 'Opportunity', id });

function updateMine(cache: Cache, change: (viewer: Viewer) => void) {
  cache.updateQuery({ query: MyOpportunitiesDocument }, (data) => {
    if (!data?.viewer) return null;
    change(data.viewer);
    return data;
  });
}

/** Board pages depend on filters only the server applies: they are read again when next shown. */
function invalidateBoards(cache: Cache) {
  invalidateRootField(cache, 'opportunities');
}

export const opportunitiesCache: CacheConfig = {
  keys: {
    OpportunitySuccess: () => null,
    OpportunityInterestSuccess: () => null,
  },
  updates: {
    Mutation: {
      postOpportunity(result, _args, cache) {
        const payload = (result as OpportunityPostMutation).postOpportunity;
        if (payload?.__typename !== 'OpportunitySuccess') return;
        const { id, kind, title, status } = payload.opportunity;
        updateMine(cache, (viewer) => {
          const posted = viewer.opportunitiesPosted;
          if (!posted || posted.edges.some((edge) => edge.node.id === id)) return;
          posted.edges.unshift({
            __typename: 'MemberOpportunitiesPostedEdge',
            node: { __typename: 'Opportunity', id, kind, title, status },
          });
          posted.totalCount += 1;
        });
        invalidateBoards(cache);
      },

      expressInterest(result, args, cache) {
        const payload = (result as OpportunityExpressInterestMutation).expressInterest;
        if (payload?.__typename !== 'OpportunityInterestSuccess') return;
        const { opportunity, ...interest } = payload.interest;
        const opportunityId = (args.opportunityId as string) ?? opportunity.id;
        cache.link(opportunityRef(opportunityId), 'viewerInterest', {
          __typename: 'OpportunityInterest',
          id: interest.id,
        });
        cache.updateQuery({ query: OpportunityDetailDocument, variables: { id: opportunityId } }, (data) => {
          const list = data?.opportunity?.interests;
          if (!list || list.edges.some((edge) => edge.node.id === interest.id)) return null;
          list.edges.push({ __typename: 'OpportunityInterestsEdge', node: interest });
          list.totalCount += 1;
          return data;
        });
        const read = cache.readQuery({
          query: OpportunityDetailDocument,
          variables: { id: opportunityId },
        })?.opportunity;
        let stale: string | null = null;
        updateMine(cache, (viewer) => {
          const mine = viewer.opportunityInterests;
          if (!mine || mine.edges.some((edge) => edge.node.id === interest.id)) return;
          if (!read) {
            stale = viewer.id;
            return;
          }
          const node = {
            __typename: 'Opportunity' as const,
            id: read.id,
            kind: read.kind,
            title: read.title,
            status: read.status,
          };
          mine.edges.unshift({
            __typename: 'MemberOpportunityInterestsEdge',
            node: { __typename: 'OpportunityInterest', id: interest.id, status: interest.status, opportunity: node },
          });
          mine.totalCount += 1;
        });
        // Expressed from somewhere that did not read the opportunity: "my interests" is read again.
        if (stale) cache.invalidate({ __typename: 'Member', id: stale }, 'opportunityInterests', { first: 10 });
      },

      withdrawInterest(result, args, cache) {
        const payload = (result as OpportunityWithdrawInterestMutation).withdrawInterest;
        if (payload?.__typename !== 'OpportunityInterestSuccess') return;
        // Withdrawn interests leave the list of interested members (it shows the others).
        cache.updateQuery(
          { query: OpportunityDetailDocument, variables: { id: args.opportunityId as string } },
          (data) => {
            const list = data?.opportunity?.interests;
            if (!list || !list.edges.some((edge) => edge.node.id === payload.interest.id)) return null;
            list.edges = list.edges.filter((edge) => edge.node.id !== payload.interest.id);
            list.totalCount -= 1;
            return data;
          },
        );
      },

      formTeam(_result, _args, cache) {
        invalidateBoards(cache);
      },

      setOpportunityStatus(_result, _args, cache) {
        invalidateBoards(cache);
      },

      closeOpportunity(_result, _args, cache) {
        invalidateBoards(cache);
      },
    },
  },
  optimistic: {
    withdrawInterest(args, cache) {
      const link = cache.resolve(opportunityRef(args.opportunityId as string), 'viewerInterest');
      const id = typeof link === 'string' ? cache.resolve(link, 'id') : null;
      if (typeof id !== 'string') return null;
      return {
        __typename: 'OpportunityInterestSuccess',
        interest: { __typename: 'OpportunityInterest', id, status: 'WITHDRAWN' },
      };
    },
  },
};
