// The console's Fédivers screen: a blocked instance is keyed by its host name; blocking adds it to
// blockedInstances at once, unblocking removes it (no refetch).
import type { BlockInstanceMutation, UnblockInstanceMutation } from '../generated/graphql.ts';
import type { CacheConfig } from './types.ts';

export const fediverseCache: CacheConfig = {
  keys: {
    FediverseBlockedInstance: (data) => (typeof data.instance === 'string' ? data.instance : null),
    BlockInstanceSuccess: () => null,
    UnblockInstanceSuccess: () => null,
  },
  updates: {
    Mutation: {
      blockInstance(result: BlockInstanceMutation, _args, cache) {
        const payload = result.blockInstance;
        if (payload?.__typename !== 'BlockInstanceSuccess') return;
        const added = cache.keyOfEntity({ __typename: 'FediverseBlockedInstance', instance: payload.blocked.instance });
        const current = cache.resolve('Query', 'blockedInstances');
        if (!added || !Array.isArray(current)) return;
        const keys = [...new Set([...(current as string[]), added])];
        keys.sort((a, b) => String(cache.resolve(a, 'instance')).localeCompare(String(cache.resolve(b, 'instance'))));
        cache.link('Query', 'blockedInstances', keys);
      },
      unblockInstance(result: UnblockInstanceMutation, _args, cache) {
        const payload = result.unblockInstance;
        if (payload?.__typename !== 'UnblockInstanceSuccess') return;
        const removed = cache.keyOfEntity({ __typename: 'FediverseBlockedInstance', instance: payload.instance });
        const current = cache.resolve('Query', 'blockedInstances');
        if (!Array.isArray(current)) return;
        cache.link(
          'Query',
          'blockedInstances',
          (current as string[]).filter((key) => key !== removed),
        );
      },
    },
  },
};
