// The member's profile and public page in the portal: what changes on screen after a mutation.
// - Profile, card, skills and pace payloads carry the member: the normalised cache updates every
//   screen that shows them. Changing the pace is optimistic: it shows at once.
// - What the directory lists depends on the profile (search words, skills, region, pace): its pages
//   are read again when next shown.
// - Saving one's page for the first time links it to the viewer, so the editor and the preview
//   follow without a reload.
import type { Cache } from '@urql/exchange-graphcache';
import type { MyPageSaveMutation, ProfilePaceSetMutationVariables } from '../generated/graphql.ts';
import { invalidateRootField } from './invalidate.ts';
import type { CacheConfig } from './types.ts';

function viewerRef(cache: Cache): string | null {
  const viewer = cache.resolve('Query', 'viewer');
  return typeof viewer === 'string' ? viewer : null;
}

/** The directory's pages: only the server knows who matches after a profile change. */
export function invalidateDirectory(cache: Cache) {
  invalidateRootField(cache, 'members');
}

export const profileCache: CacheConfig = {
  keys: {
    ProfileSuccess: () => null,
    DismissOnboardingSuccess: () => null,
    Onboarding: () => null,
    OnboardingItem: () => null,
    MemberSkill: () => null,
    MemberContact: () => null,
    VisibilityPageSuccess: () => null,
    TextSection: () => null,
    ServicesSection: () => null,
    ReferencesSection: () => null,
    CallToActionSection: () => null,
    ServiceItem: () => null,
    ReferenceItem: () => null,
  },
  updates: {
    Mutation: {
      updateProfile(_result, _args, cache) {
        invalidateDirectory(cache);
      },
      setMemberSkills(_result, _args, cache) {
        invalidateDirectory(cache);
      },
      setPace(_result, _args, cache) {
        invalidateDirectory(cache);
      },
      saveMyPage(result, _args, cache) {
        const payload = (result as MyPageSaveMutation).saveMyPage;
        const viewer = viewerRef(cache);
        if (payload?.__typename !== 'VisibilityPageSuccess' || !viewer) return;
        cache.link(viewer, 'page', { __typename: 'VisibilityPage', id: payload.page.id });
      },
    },
  },
  optimistic: {
    setPace(args, cache) {
      const viewer = viewerRef(cache);
      if (!viewer) return null;
      const { pace, note } = args as ProfilePaceSetMutationVariables;
      return {
        __typename: 'ProfileSuccess',
        member: {
          __typename: 'Member',
          id: cache.resolve(viewer, 'id') as string,
          pace,
          paceNote: (note ?? '').trim(),
        },
      };
    },
  },
};
