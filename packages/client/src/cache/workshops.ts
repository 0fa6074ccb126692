// Workshops in the portal: what changes on screen after a mutation, without a reload.
// - Workshop lists page through Relay connections: pages merge into one list (per filter).
// - Registering or cancelling: the workshop's seats, waitlist and "your registration" update from
//   the payload (normalised); "My workshops" (MyWorkshopsDocument) gains or loses the registration
//   at once, in start order.
// - Regenerating the private calendar feed links the new token as the viewer's feed.
import type { Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import {
  MyWorkshopsDocument,
  type CancelRegistrationMutation,
  type MyWorkshopsQuery,
  type RegenerateCalendarFeedMutation,
  type RevokeCalendarFeedMutation,
  type RegisterForWorkshopMutation,
} from '../generated/graphql.ts';
import type { CacheConfig } from './types.ts';

type Viewer = NonNullable<MyWorkshopsQuery['viewer']>;
type Connection = Viewer['upcomingRegistrations'];
type Registration = NonNullable<Connection>['edges'][number]['node'];

/** The registration as it now stands, in "My workshops" (upcoming), or out of it when cancelled. */
export function placeInMyWorkshops(cache: Cache, registration: Registration) {
  cache.updateQuery({ query: MyWorkshopsDocument }, (data) => {
    const upcoming = data?.viewer?.upcomingRegistrations;
    if (!upcoming) return null;
    const others = upcoming.edges.filter(
      (edge) => edge.node.id !== registration.id && edge.node.workshop.id !== registration.workshop.id,
    );
    const edges =
      registration.status === 'CANCELLED'
        ? others
        : [...others, { __typename: 'MemberWorkshopRegistrationsEdge' as const, node: registration }].sort((a, b) =>
            a.node.workshop.startsAt.localeCompare(b.node.workshop.startsAt),
          );
    upcoming.totalCount += edges.length - upcoming.edges.length;
    upcoming.edges = edges;
    return data;
  });
}

type RegistrationResult =
  RegisterForWorkshopMutation['registerForWorkshop'] | CancelRegistrationMutation['cancelRegistration'];

function afterRegistration(result: RegistrationResult | undefined, cache: Cache) {
  if (result?.__typename !== 'RegistrationSuccess') return;
  placeInMyWorkshops(cache, result.registration as unknown as Registration);
}

export const workshopsCache: CacheConfig = {
  keys: {
    // Payloads and value objects without an identity of their own.
    RegistrationSuccess: () => null,
    LeaveWorkshopFeedbackSuccess: () => null,
    RegenerateCalendarFeedSuccess: () => null,
    ContributionBalance: () => null,
  },
  resolvers: { Query: { workshops: relayPagination() } },
  updates: {
    Mutation: {
      registerForWorkshop: (result, _args, cache) =>
        afterRegistration((result as RegisterForWorkshopMutation).registerForWorkshop, cache),
      cancelRegistration: (result, _args, cache) =>
        afterRegistration((result as CancelRegistrationMutation).cancelRegistration, cache),
      regenerateCalendarFeed: (result, _args, cache) => {
        const payload = (result as RegenerateCalendarFeedMutation).regenerateCalendarFeed;
        const viewer = cache.resolve('Query', 'viewer');
        if (payload?.__typename === 'RegenerateCalendarFeedSuccess' && typeof viewer === 'string') {
          cache.link(viewer, 'calendarFeed', { __typename: 'CalendarFeed', id: payload.feed.id });
        }
      },
      revokeCalendarFeed: (result, _args, cache) => {
        const payload = (result as RevokeCalendarFeedMutation).revokeCalendarFeed;
        const viewer = cache.resolve('Query', 'viewer');
        if (payload?.__typename === 'RevokeCalendarFeedSuccess' && typeof viewer === 'string')
          cache.link(viewer, 'calendarFeed', null);
      },
    },
  },
};
