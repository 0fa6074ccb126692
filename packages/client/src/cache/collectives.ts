// Collectives in the portal: what changes on screen after a mutation, without a reload.
// - "My collectives" (viewer.collectives, viewer.pendingCollectiveMemberships): created, joined,
//   invited, declined, left or archived collectives move between the lists at once.
// - One collective's page: accepted requests join the members, invitations and requests appear in
//   or leave the pending list, role changes re-sort coordinators first.
// - Commitments and journal: new ones appear where their order puts them (soonest due first;
//   newest entry first, in the lists of its kind).
// - Reordering the charter is optimistic: the agreements move as soon as the button is pressed.
// Lists are updated through the portal's own documents (updateQuery), never invalidated where a
// refetch would blank a non-null field.
import type { Cache, Data, Variables } from '@urql/exchange-graphcache';
import {
  CollectiveCommitmentsDocument,
  CollectiveJournalDocument,
  CollectivePageDocument,
  MyCollectivesDocument,
  type CollectiveCommitmentChangeMutation,
  type CollectiveCommitmentCreateMutation,
  type CollectiveCommitmentsQuery,
  type CollectiveCreateMutation,
  type CollectiveInvitationAcceptMutation,
  type CollectiveInviteMutation,
  type CollectiveJoinRequestAcceptMutation,
  type CollectiveJoinRequestMutation,
  type CollectiveJournalWriteMutation,
  type CollectiveMembershipUpdateMutation,
  type CollectivePageQuery,
  type MyCollectivesQuery,
} from '../generated/graphql.ts';
import { invalidateRootField } from './invalidate.ts';
import type { CacheConfig } from './types.ts';

type PageCollective = NonNullable<CollectivePageQuery['collective']>;
type MemberEdge = PageCollective['members']['edges'][number];
type MemberRow = MemberEdge['node'];
type CommitmentConnection = NonNullable<NonNullable<CollectiveCommitmentsQuery['collective']>['commitments']>;

const collectiveRef = (id: string) => ({ __typename: 'Collective', id });

function slugOf(cache: Cache, collectiveId: string | undefined | null): string | null {
  if (!collectiveId) return null;
  const slug = cache.resolve(collectiveRef(collectiveId), 'slug');
  return typeof slug === 'string' ? slug : null;
}

/** The arguments of every cached instance of a collective's field (e.g. each journal page read). */
function fieldInstances(cache: Cache, collectiveId: string, fieldName: string): Variables[] {
  return cache
    .inspectFields(collectiveRef(collectiveId))
    .filter((field) => field.fieldName === fieldName)
    .map((field) => (field.arguments ?? {}) as Variables);
}

/** Changes "My collectives" when it was read. */
function updateMine(cache: Cache, change: (viewer: NonNullable<MyCollectivesQuery['viewer']>) => void) {
  cache.updateQuery({ query: MyCollectivesDocument }, (data) => {
    if (!data?.viewer) return null;
    change(data.viewer);
    return data;
  });
}

/** Changes the collective's page when it was read. */
function updatePage(cache: Cache, slug: string | null, change: (collective: PageCollective) => void) {
  if (!slug) return;
  cache.updateQuery({ query: CollectivePageDocument, variables: { slug } }, (data) => {
    if (!data?.collective) return null;
    change(data.collective);
    return data;
  });
}

const ROLE_ORDER = { COORDINATOR: 0, MEMBER: 1 } as const;

/** The API's order for active members: coordinators first, then by arrival. */
function sortMembers(edges: MemberEdge[]) {
  edges.sort(
    (a, b) =>
      ROLE_ORDER[a.node.role] - ROLE_ORDER[b.node.role] || (a.node.joinedAt ?? '').localeCompare(b.node.joinedAt ?? ''),
  );
}

function edgeOf(node: MemberRow): MemberEdge {
  return { __typename: 'CollectiveMembersEdge', node } as MemberEdge;
}

function removeFromPending(collective: PageCollective, membershipId: string) {
  const pending = collective.memberships;
  if (!pending) return;
  const before = pending.edges.length;
  pending.edges = pending.edges.filter((edge) => edge.node.id !== membershipId);
  pending.totalCount -= before - pending.edges.length;
}

function addToMembers(collective: PageCollective, row: MemberRow) {
  if (collective.members.edges.some((edge) => edge.node.id === row.id)) return;
  collective.members.edges.push(edgeOf(row));
  collective.members.totalCount += 1;
  sortMembers(collective.members.edges);
}

type Commitment = CommitmentConnection['edges'][number]['node'];

/** Soonest due first, as the API lists them. */
function byDueDate(a: { node: Commitment }, b: { node: Commitment }) {
  return a.node.dueOn.localeCompare(b.node.dueOn);
}

function insertCommitment(cache: Cache, collectiveId: string, commitment: Commitment) {
  const slug = slugOf(cache, collectiveId);
  if (!slug) return;
  for (const args of fieldInstances(cache, collectiveId, 'commitments')) {
    // Only first pages: a later page starts after a cursor the new commitment does not move.
    if (args.after || args.memberId || args.statuses) continue;
    cache.updateQuery(
      { query: CollectiveCommitmentsDocument, variables: { slug, first: args.first as number | undefined } },
      (data) => {
        const list = data?.collective?.commitments;
        if (!list || list.edges.some((edge) => edge.node.id === commitment.id)) return null;
        const last = list.edges.at(-1)?.node;
        // Due after everything on a page that has more: its place is on a later page.
        if (list.pageInfo.hasNextPage && last && commitment.dueOn > last.dueOn) return null;
        list.edges.push({
          __typename: 'CollectiveCommitmentsEdge',
          node: commitment,
        } as CommitmentConnection['edges'][number]);
        list.edges.sort(byDueDate);
        list.totalCount += 1;
        return data;
      },
    );
  }
}

function resortCommitments(cache: Cache, collectiveId: string) {
  const slug = slugOf(cache, collectiveId);
  if (!slug) return;
  for (const args of fieldInstances(cache, collectiveId, 'commitments')) {
    if (args.memberId || args.statuses) continue;
    cache.updateQuery(
      {
        query: CollectiveCommitmentsDocument,
        variables: { slug, first: args.first as number | undefined, after: (args.after as string | undefined) ?? null },
      },
      (data) => {
        const list = data?.collective?.commitments;
        if (!list) return null;
        list.edges.sort(byDueDate);
        return data;
      },
    );
  }
}

type JournalEntry = Extract<
  CollectiveJournalWriteMutation['writeJournalEntry'],
  { __typename: 'JournalEntrySuccess' }
>['entry'];

function prependJournalEntry(cache: Cache, entry: JournalEntry) {
  const collectiveId = entry.collective.id;
  const slug = slugOf(cache, collectiveId);
  if (!slug) return;
  for (const args of fieldInstances(cache, collectiveId, 'journal')) {
    if (args.after || (args.kind && args.kind !== entry.kind)) continue;
    cache.updateQuery(
      {
        query: CollectiveJournalDocument,
        variables: {
          slug,
          first: args.first as number | undefined,
          kind: (args.kind as JournalEntry['kind'] | undefined) ?? null,
        },
      },
      (data) => {
        const list = data?.collective?.journal;
        if (!list || list.edges.some((edge) => edge.node.id === entry.id)) return null;
        const { collective: _collective, ...node } = entry;
        list.edges.unshift({ __typename: 'CollectiveJournalEdge', node } as (typeof list.edges)[number]);
        list.totalCount += 1;
        return data;
      },
    );
  }
}

/** Lists of collectives to browse include or mark the viewer's own: read them again when that changes. */
function invalidateCollectiveLists(cache: Cache) {
  invalidateRootField(cache, 'collectives');
}

export const collectivesCache: CacheConfig = {
  keys: {
    // Payloads and history lines have no identity of their own.
    CollectiveSuccess: () => null,
    CollectiveMembershipSuccess: () => null,
    CommitmentSuccess: () => null,
    CommitmentChange: () => null,
    JournalEntrySuccess: () => null,
  },
  updates: {
    Mutation: {
      createCollective(result, _args, cache) {
        const payload = (result as CollectiveCreateMutation).createCollective;
        if (payload?.__typename !== 'CollectiveSuccess') return;
        const membership = payload.collective.viewerMembership;
        if (membership) {
          updateMine(cache, (viewer) => {
            if (!viewer.collectives.some((m) => m.id === membership.id)) viewer.collectives.push(membership);
          });
        }
        invalidateCollectiveLists(cache);
      },

      archiveCollective(_result, args, cache) {
        updateMine(cache, (viewer) => {
          viewer.collectives = viewer.collectives.filter((m) => m.collective.id !== args.id);
        });
      },

      leaveCollective(result, args, cache) {
        const payload = (result as Data).leaveCollective as { __typename?: string } | null;
        if (payload?.__typename !== 'CollectiveSuccess') return;
        const collectiveId = args.collectiveId as string;
        const mine = cache.resolve(collectiveRef(collectiveId), 'viewerMembership');
        const myId = typeof mine === 'string' ? cache.resolve(mine, 'id') : null;
        updateMine(cache, (viewer) => {
          viewer.collectives = viewer.collectives.filter((m) => m.collective.id !== collectiveId);
        });
        updatePage(cache, slugOf(cache, collectiveId), (collective) => {
          collective.members.edges = collective.members.edges.filter((edge) => edge.node.id !== myId);
          collective.members.totalCount = collective.members.edges.length;
          const successor = collective.members.edges.find((edge) => edge.node.member.id === args.newCoordinatorId);
          if (successor) successor.node.role = 'COORDINATOR';
          sortMembers(collective.members.edges);
        });
        invalidateCollectiveLists(cache);
      },

      inviteToCollective(result, _args, cache) {
        const payload = (result as CollectiveInviteMutation).inviteToCollective;
        if (payload?.__typename !== 'CollectiveMembershipSuccess') return;
        const { collective: owner, ...row } = payload.membership;
        updatePage(cache, slugOf(cache, owner.id), (collective) => {
          const pending = collective.memberships;
          if (!pending || pending.edges.some((edge) => edge.node.id === row.id)) return;
          pending.edges.push({ __typename: 'CollectiveMembershipsEdge', node: row } as (typeof pending.edges)[number]);
          pending.totalCount += 1;
        });
      },

      acceptCollectiveInvitation(result, _args, cache) {
        const payload = (result as CollectiveInvitationAcceptMutation).acceptCollectiveInvitation;
        if (payload?.__typename !== 'CollectiveMembershipSuccess') return;
        const membership = payload.membership;
        updateMine(cache, (viewer) => {
          viewer.pendingCollectiveMemberships =
            viewer.pendingCollectiveMemberships?.filter((m) => m.id !== membership.id) ?? null;
          if (!viewer.collectives.some((m) => m.id === membership.id)) viewer.collectives.push(membership);
        });
        // The new member reads the page right after: its member list must include them.
        updatePage(cache, membership.collective.slug, (collective) => {
          addToMembers(collective, membership);
          removeFromPending(collective, membership.id);
        });
        invalidateCollectiveLists(cache);
      },

      declineCollectiveInvitation(_result, args, cache) {
        const membershipId = args.id as string;
        let collectiveId: string | null = null;
        updateMine(cache, (viewer) => {
          collectiveId = viewer.pendingCollectiveMemberships?.find((m) => m.id === membershipId)?.collective.id ?? null;
          viewer.pendingCollectiveMemberships =
            viewer.pendingCollectiveMemberships?.filter((m) => m.id !== membershipId) ?? null;
        });
        if (collectiveId) cache.link(collectiveRef(collectiveId), 'viewerMembership', null);
      },

      requestToJoinCollective(result, args, cache) {
        const payload = (result as CollectiveJoinRequestMutation).requestToJoinCollective;
        if (payload?.__typename !== 'CollectiveMembershipSuccess') return;
        const membership = payload.membership;
        cache.link(collectiveRef(args.collectiveId as string), 'viewerMembership', {
          __typename: 'CollectiveMembership',
          id: membership.id,
        });
        updateMine(cache, (viewer) => {
          const pending = viewer.pendingCollectiveMemberships ?? [];
          if (!pending.some((m) => m.id === membership.id))
            viewer.pendingCollectiveMemberships = [membership, ...pending];
        });
      },

      acceptJoinRequest(result, _args, cache) {
        const payload = (result as CollectiveJoinRequestAcceptMutation).acceptJoinRequest;
        if (payload?.__typename !== 'CollectiveMembershipSuccess') return;
        const { collective: owner, ...row } = payload.membership;
        updatePage(cache, slugOf(cache, owner.id), (collective) => {
          removeFromPending(collective, row.id);
          addToMembers(collective, row);
        });
      },

      declineJoinRequest(result, args, cache) {
        const payload = (result as Data).declineJoinRequest as {
          __typename?: string;
          collective?: { id: string };
        } | null;
        if (payload?.__typename !== 'CollectiveSuccess' || !payload.collective) return;
        updatePage(cache, slugOf(cache, payload.collective.id), (collective) =>
          removeFromPending(collective, args.id as string),
        );
      },

      updateCollectiveMembership(result, _args, cache) {
        const payload = (result as CollectiveMembershipUpdateMutation).updateCollectiveMembership;
        if (payload?.__typename !== 'CollectiveMembershipSuccess') return;
        updatePage(cache, slugOf(cache, payload.membership.collective.id), (collective) =>
          sortMembers(collective.members.edges),
        );
      },

      createCommitment(result, _args, cache) {
        const payload = (result as CollectiveCommitmentCreateMutation).createCommitment;
        if (payload?.__typename !== 'CommitmentSuccess') return;
        const { collective, ...commitment } = payload.commitment;
        insertCommitment(cache, collective.id, commitment);
      },

      changeCommitmentStatus(result, _args, cache) {
        const payload = (result as CollectiveCommitmentChangeMutation).changeCommitmentStatus;
        if (payload?.__typename !== 'CommitmentSuccess') return;
        // A renegotiation moves the due date: the list keeps its order.
        const owner = cache.resolve({ __typename: 'Commitment', id: payload.commitment.id }, 'collective');
        const collectiveId = typeof owner === 'string' ? cache.resolve(owner, 'id') : null;
        if (typeof collectiveId === 'string') resortCommitments(cache, collectiveId);
      },

      writeJournalEntry(result, _args, cache) {
        const payload = (result as CollectiveJournalWriteMutation).writeJournalEntry;
        if (payload?.__typename !== 'JournalEntrySuccess') return;
        prependJournalEntry(cache, payload.entry);
      },
    },
  },
  optimistic: {
    // The agreements move at once; the server's answer (or a conflict) then settles it.
    reorderCharter(args, cache) {
      const ids = (args.agreementIds as string[]) ?? [];
      return {
        __typename: 'CollectiveSuccess',
        collective: {
          __typename: 'Collective',
          id: args.collectiveId as string,
          charter: ids.map((id, index) => ({
            __typename: 'CharterAgreement',
            id,
            position: index + 1,
            text: (cache.resolve({ __typename: 'CharterAgreement', id }, 'text') as string | null) ?? '',
          })),
        },
      };
    },
  },
};
