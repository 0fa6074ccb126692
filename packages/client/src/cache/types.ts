// One feature's part of the Graphcache configuration; cache/index.ts merges them.
import type { CacheExchangeOpts } from '@urql/exchange-graphcache';

export type CacheConfig = Pick<CacheExchangeOpts, 'keys' | 'resolvers' | 'updates' | 'optimistic'>;
