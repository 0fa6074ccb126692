// Signing in changes who `viewer` is, without a reload.
import type { Cache, Data } from '@urql/exchange-graphcache';
import type { CacheConfig } from './types.ts';

function linkViewer(payload: unknown, cache: Cache) {
  const result = payload as { __typename?: string; viewer?: Data } | null;
  if (result?.__typename === 'SignInSuccess' && result.viewer) cache.link('Query', 'viewer', result.viewer);
}

export const sessionCache: CacheConfig = {
  updates: {
    Mutation: {
      signInWithLink: (result, _args, cache) => linkViewer(result.signInWithLink, cache),
      signInWithPassword: (result, _args, cache) => linkViewer(result.signInWithPassword, cache),
      resetPassword: (result, _args, cache) => linkViewer(result.resetPassword, cache),
    },
  },
};
