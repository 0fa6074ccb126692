// Workshop lists page through Relay connections: pages merge into one list.
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { CacheConfig } from './types.ts';

export const workshopsCache: CacheConfig = {
  resolvers: { Query: { workshops: relayPagination() } },
};
