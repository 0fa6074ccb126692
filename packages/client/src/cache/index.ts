// The Graphcache configuration: each feature's part (keys, pagination resolvers, updates after
// mutations, optimistic results) lives in its own file here; this one merges them.
import type { CacheConfig } from './types.ts';
import { sessionCache } from './session.ts';
import { workshopsCache } from './workshops.ts';
import { collectivesCache } from './collectives.ts';
import { opportunitiesCache } from './opportunities.ts';
import { notificationsCache } from './notifications.ts';
import { settingsCache } from './settings.ts';
import { profileCache } from './profile.ts';
import { directoryCache } from './directory.ts';
import { introductionsCache } from './introductions.ts';
import { privacyCache } from './privacy.ts';
import { fediverseCache } from './fediverse.ts';

const parts: CacheConfig[] = [
  {
    // Value objects without an identity of their own: stored inline in their parent.
    keys: { FederationStats: () => null, PageInfo: () => null },
  },
  {
    // Every refusal (shared/failure.graphql) is a value: the same error says nothing of another.
    keys: {
      ValidationError: () => null,
      FieldError: () => null,
      ConflictError: () => null,
      NotFoundError: () => null,
      NotAllowedError: () => null,
    },
  },
  sessionCache,
  workshopsCache,
  collectivesCache,
  opportunitiesCache,
  notificationsCache,
  settingsCache,
  profileCache,
  directoryCache,
  introductionsCache,
  privacyCache,
  fediverseCache,
];

type Section = Record<string, Record<string, unknown>>;

function mergeSections(key: 'resolvers' | 'updates' | 'optimistic'): Section {
  const merged: Section = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries((part[key] ?? {}) as Section)) {
      merged[type] = { ...merged[type], ...fields };
    }
  }
  return merged;
}

export const cacheConfig = {
  keys: Object.assign({}, ...parts.map((part) => part.keys ?? {})),
  resolvers: mergeSections('resolvers'),
  updates: mergeSections('updates'),
  optimistic: Object.assign({}, ...parts.map((part) => part.optimistic ?? {})),
} as CacheConfig;
