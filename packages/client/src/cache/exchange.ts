// The apps' normalised cache as one exchange, loaded after the first paint (lazy-exchange.ts):
// Graphcache, the schema's shape it reads (generated/introspection.ts) and every area's keys,
// pagination and updaters (cache/index.ts) with the documents they name.
import { cacheExchange } from '@urql/exchange-graphcache';
import schema from '../generated/introspection.ts';
import { cacheConfig } from './index.ts';

export const normalisedCache = cacheExchange({ schema, ...cacheConfig });
