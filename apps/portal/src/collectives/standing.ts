// What the viewer may do in a collective, from their membership.
import type { CollectivePageQuery } from '@ekoacteurs/client';

export type PageCollective = NonNullable<CollectivePageQuery['collective']>;

export interface Standing {
  viewerId: string | null;
  isMember: boolean;
  isCoordinator: boolean;
  archived: boolean;
  /** Coordinator of an active collective. */
  canManage: boolean;
}

export function standingOf(collective: PageCollective, viewerId: string | null): Standing {
  const me = collective.viewerMembership;
  const isMember = me?.status === 'ACTIVE';
  const isCoordinator = isMember && me?.role === 'COORDINATOR';
  const archived = collective.status === 'ARCHIVED';
  return { viewerId, isMember, isCoordinator, archived, canManage: isCoordinator && !archived };
}

/** Whether someone accepted the charter as it is now (after its last revision). */
export function acceptedCurrentCharter(
  acceptedAt: string | null | undefined,
  revisedAt: string | null | undefined,
): boolean {
  if (!acceptedAt) return false;
  return !revisedAt || new Date(acceptedAt).getTime() >= new Date(revisedAt).getTime();
}

export type Announce = (message: string) => void;

export interface SectionProps {
  collective: PageCollective;
  standing: Standing;
  announce: Announce;
}
