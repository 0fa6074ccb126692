// The directory in the portal: its pages merge ("Voir plus" adds the next page under the first),
// per search and filters; suggestions and connections are stored inside their member.
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { CacheConfig } from './types.ts';

export const directoryCache: CacheConfig = {
  keys: {
    QueryMembersConnection: () => null,
    QueryMembersEdge: () => null,
    MemberSuggestion: () => null,
    WishMatch: () => null,
  },
  resolvers: { Query: { members: relayPagination() } },
};
