// Introductions and recommendations in the portal: what changes on screen after a mutation.
// - A request or a recommendation you send heads your "sent"/"given" list at once; people you are
//   now in touch with leave your suggestions (read again when next shown).
// - Accepting reveals both members' contact details: the requester's profile is read again.
// - Withdrawing a request and taking up a recommendation are optimistic: the status changes as
//   soon as the button is pressed.
import type { Cache } from '@urql/exchange-graphcache';
import {
  IntroductionFieldsFragmentDoc,
  MyIntroductionsDocument,
  MyRecommendationsDocument,
  RecommendationFieldsFragmentDoc,
  type IntroductionAcceptMutation,
  type IntroductionFieldsFragment,
  type IntroductionRequestMutation,
  type MyIntroductionsQuery,
  type MyRecommendationsQuery,
  type RecommendationFieldsFragment,
  type RecommendationSendMutation,
} from '../generated/graphql.ts';
import type { CacheConfig } from './types.ts';

type IntroViewer = NonNullable<MyIntroductionsQuery['viewer']>;
type RecoViewer = NonNullable<MyRecommendationsQuery['viewer']>;

function invalidateSuggestions(cache: Cache) {
  const viewer = cache.resolve('Query', 'viewer');
  if (typeof viewer !== 'string') return;
  for (const field of cache.inspectFields(viewer)) {
    if (field.fieldName === 'suggestedMembers') cache.invalidate(viewer, field.fieldName, field.arguments ?? undefined);
  }
}

function updateIntroductions(cache: Cache, change: (viewer: IntroViewer) => void) {
  cache.updateQuery({ query: MyIntroductionsDocument }, (data) => {
    if (!data?.viewer) return null;
    change(data.viewer);
    return data;
  });
}

function updateRecommendations(cache: Cache, change: (viewer: RecoViewer) => void) {
  cache.updateQuery({ query: MyRecommendationsDocument }, (data) => {
    if (!data?.viewer) return null;
    change(data.viewer);
    return data;
  });
}

export const introductionsCache: CacheConfig = {
  keys: {
    IntroductionSuccess: () => null,
    RecommendationSuccess: () => null,
    MemberIntroductionRequestsReceivedConnection: () => null,
    MemberIntroductionRequestsReceivedEdge: () => null,
    MemberIntroductionRequestsSentConnection: () => null,
    MemberIntroductionRequestsSentEdge: () => null,
    MemberRecommendationsGivenConnection: () => null,
    MemberRecommendationsGivenEdge: () => null,
    MemberRecommendationsReceivedConnection: () => null,
    MemberRecommendationsReceivedEdge: () => null,
  },
  updates: {
    Mutation: {
      requestIntroduction(result, _args, cache) {
        const payload = (result as IntroductionRequestMutation).requestIntroduction;
        if (payload?.__typename !== 'IntroductionSuccess') return;
        const node = payload.introduction;
        updateIntroductions(cache, (viewer) => {
          const sent = viewer.introductionRequestsSent;
          if (!sent || sent.edges.some((edge) => edge.node.id === node.id)) return;
          sent.edges.unshift({ __typename: 'MemberIntroductionRequestsSentEdge', node });
          sent.totalCount += 1;
        });
        invalidateSuggestions(cache);
      },
      acceptIntroduction(result, _args, cache) {
        const payload = (result as IntroductionAcceptMutation).acceptIntroduction;
        if (payload?.__typename !== 'IntroductionSuccess') return;
        // The requester's profile now shows their contact details to you.
        cache.invalidate({ __typename: 'Member', id: payload.introduction.requester.id }, 'contact');
      },
      recommendMember(result, _args, cache) {
        const payload = (result as RecommendationSendMutation).recommendMember;
        if (payload?.__typename !== 'RecommendationSuccess') return;
        const node = payload.recommendation;
        updateRecommendations(cache, (viewer) => {
          const given = viewer.recommendationsGiven;
          if (!given || given.edges.some((edge) => edge.node.id === node.id)) return;
          given.edges.unshift({ __typename: 'MemberRecommendationsGivenEdge', node });
          given.totalCount += 1;
        });
        invalidateSuggestions(cache);
      },
    },
  },
  optimistic: {
    withdrawIntroduction(args, cache) {
      const id = (args as { id: string }).id;
      const current = cache.readFragment(IntroductionFieldsFragmentDoc, {
        __typename: 'IntroductionRequest',
        id,
      }) as IntroductionFieldsFragment | null;
      if (!current) return null;
      return { __typename: 'IntroductionSuccess', introduction: { ...current, status: 'WITHDRAWN' } };
    },
    acknowledgeRecommendation(args, cache) {
      const id = (args as { id: string }).id;
      const current = cache.readFragment(RecommendationFieldsFragmentDoc, {
        __typename: 'Recommendation',
        id,
      }) as RecommendationFieldsFragment | null;
      if (!current) return null;
      return { __typename: 'RecommendationSuccess', recommendation: { ...current, status: 'ACKNOWLEDGED' } };
    },
  },
};
