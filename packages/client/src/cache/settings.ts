// Settings in the portal: a new personal token joins the top of the viewer's tokens; an ended
// session leaves the list at once (optimistic); after a password change only this session stays;
// a revoked token shows its revocation from the payload (normalised).
import { gql } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import type { CreatePersonalTokenMutation, EndSessionMutation, SetPasswordMutation } from '../generated/graphql.ts';
import type { CacheConfig } from './types.ts';

const HAS_PASSWORD = gql`
  fragment _HasPassword on Member {
    id
    hasPassword
  }
`;

function viewerKey(cache: Cache): string | null {
  const key = cache.resolve('Query', 'viewer');
  return typeof key === 'string' ? key : null;
}

function keysOf(cache: Cache, parent: string, field: string): string[] | null {
  const value = cache.resolve(parent, field);
  return Array.isArray(value) ? (value.filter((key) => typeof key === 'string') as string[]) : null;
}

export function dropSessions(cache: Cache, keep: (sessionKey: string) => boolean) {
  const viewer = viewerKey(cache);
  const sessions = viewer && keysOf(cache, viewer, 'sessions');
  if (viewer && sessions) cache.link(viewer, 'sessions', sessions.filter(keep));
}

export const settingsCache: CacheConfig = {
  keys: {
    // Payloads and value objects without an identity of their own.
    SignOutSuccess: () => null,
    CreateApiTokenSuccess: () => null,
    InvalidCredentialsError: () => null,
  },
  updates: {
    Mutation: {
      createPersonalToken: (result, _args, cache) => {
        const payload = (result as CreatePersonalTokenMutation).createPersonalToken;
        const viewer = viewerKey(cache);
        const tokens = viewer && keysOf(cache, viewer, 'apiTokens');
        if (payload?.__typename !== 'CreateApiTokenSuccess' || !viewer || !tokens) return;
        const key = cache.keyOfEntity({ __typename: 'ApiToken', id: payload.token.id });
        if (key) cache.link(viewer, 'apiTokens', [key, ...tokens.filter((existing) => existing !== key)]);
      },
      endSession: (result, args, cache) => {
        const payload = (result as EndSessionMutation).endSession;
        if (payload?.__typename !== 'SignOutSuccess') return;
        const ended = cache.keyOfEntity({ __typename: 'Session', id: (args as { id: string }).id });
        dropSessions(cache, (key) => key !== ended);
      },
      setPassword: (result, _args, cache) => {
        const payload = (result as SetPasswordMutation).setPassword;
        if (payload?.__typename !== 'SetPasswordSuccess') return;
        const viewer = viewerKey(cache);
        if (viewer)
          cache.writeFragment(HAS_PASSWORD, {
            __typename: 'Member',
            id: cache.resolve(viewer, 'id'),
            hasPassword: true,
          });
        // The other sessions were ended by the API.
        dropSessions(cache, (key) => cache.resolve(key, 'current') === true);
      },
    },
  },
  optimistic: {
    endSession: () => ({ __typename: 'SignOutSuccess', sessionsEnded: 1 }),
  },
};
