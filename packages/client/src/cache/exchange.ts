// The apps' normalised cache as one exchange, loaded after the first paint (lazy-exchange.ts):
// Graphcache, the schema's shape it reads (cache/schema.ts, from scripts/cache-schema.mjs) and every
// area's keys, pagination and updaters (cache/index.ts) with the documents they name.
import { cacheExchange } from '@urql/exchange-graphcache';
import { cacheConfig } from './index.ts';
import { cacheSchema } from './schema.ts';

export const normalisedCache = cacheExchange({ schema: cacheSchema(), ...cacheConfig });
