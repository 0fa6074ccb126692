// Typed answers for the collectives' operations: complete selections (with __typename), so the
// real normalised cache accepts them as the server's.
import type {
  CollectiveCommitmentItemFragment,
  CollectiveCommitmentsQuery,
  CollectiveJournalItemFragment,
  CollectiveJournalQuery,
  CollectiveMemberRowFragment,
  CollectivePageQuery,
  MyCollectivesQuery,
} from '@ekoacteurs/client';
import { VIEWER } from './support.tsx';

type PageCollective = NonNullable<CollectivePageQuery['collective']>;
type Mine = NonNullable<MyCollectivesQuery['viewer']>;

export const COLLECTIVE_ID = 'Q29sbGVjdGl2ZTpjb29w';
/** A due date next year (the API takes today or later, within five years). */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;
export const DUE = `${NEXT_YEAR}-03-14`;
export const SLUG = 'cooperative-des-images';

export const OTHER = { __typename: 'Member' as const, id: 'TWVtYmVyOmFkZWw=', handle: 'adel-rahmani', displayName: 'Adel Rahmani', headline: 'Formateur' };
export const NEWCOMER = { __typename: 'Member' as const, id: 'TWVtYmVyOmF3YQ==', handle: 'awa-camara', displayName: 'Awa Camara', headline: 'Rédactrice' };

export function memberRow(overrides: Partial<CollectiveMemberRowFragment> = {}): CollectiveMemberRowFragment {
  return {
    __typename: 'CollectiveMembership',
    id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6MQ==',
    role: 'COORDINATOR',
    status: 'ACTIVE',
    responsibilities: 'Anime les réunions.',
    joinedAt: '2026-01-10T09:00:00.000Z',
    createdAt: '2026-01-10T09:00:00.000Z',
    charterAcceptedAt: '2026-01-10T09:00:00.000Z',
    member: { __typename: 'Member', id: VIEWER.id, handle: VIEWER.handle, displayName: VIEWER.displayName, headline: 'Graphiste' },
    ...overrides,
  };
}

export const charter = [
  { __typename: 'CharterAgreement' as const, id: 'Q2hhcnRlckFncmVlbWVudDox', position: 1, text: 'Nous partageons les commandes à parts égales.' },
  { __typename: 'CharterAgreement' as const, id: 'Q2hhcnRlckFncmVlbWVudDoy', position: 2, text: 'Nous nous prévenons une semaine avant toute absence.' },
];

export function pageCollective(overrides: Partial<PageCollective> = {}): PageCollective {
  return {
    __typename: 'Collective',
    id: COLLECTIVE_ID,
    slug: SLUG,
    name: 'Coopérative des images',
    purpose: 'Répondre ensemble aux commandes d’images des collectivités.',
    region: 'Bretagne',
    status: 'ACTIVE',
    description: 'Une réunion par mois, en visio.',
    createdAt: '2026-01-10T09:00:00.000Z',
    archivedAt: null,
    charterRevisedAt: null,
    charter,
    viewerMembership: {
      __typename: 'CollectiveMembership',
      id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6MQ==',
      role: 'COORDINATOR',
      status: 'ACTIVE',
      responsibilities: 'Anime les réunions.',
      joinedAt: '2026-01-10T09:00:00.000Z',
      charterAcceptedAt: '2026-01-10T09:00:00.000Z',
    },
    members: {
      __typename: 'CollectiveMembersConnection',
      totalCount: 2,
      edges: [
        { __typename: 'CollectiveMembersEdge', node: memberRow() },
        {
          __typename: 'CollectiveMembersEdge',
          node: memberRow({ id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6Mg==', role: 'MEMBER', responsibilities: '', joinedAt: '2026-02-01T09:00:00.000Z', member: OTHER }),
        },
      ],
    },
    memberships: {
      __typename: 'CollectiveMembershipsConnection',
      totalCount: 1,
      edges: [
        {
          __typename: 'CollectiveMembershipsEdge',
          node: memberRow({ id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6Mw==', role: 'MEMBER', status: 'REQUESTED', responsibilities: '', joinedAt: null, createdAt: '2026-03-01T09:00:00.000Z', member: NEWCOMER }),
        },
      ],
    },
    ...overrides,
  };
}

export const pageAnswer = (collective: PageCollective | null = pageCollective()) => ({ data: { __typename: 'Query', collective } satisfies CollectivePageQuery });

export function commitment(overrides: Partial<CollectiveCommitmentItemFragment> = {}): CollectiveCommitmentItemFragment {
  return {
    __typename: 'Commitment',
    id: 'Q29tbWl0bWVudDox',
    description: 'Envoyer le devis commun',
    dueOn: DUE,
    status: 'OPEN',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    member: { __typename: 'Member', id: OTHER.id, displayName: OTHER.displayName },
    changes: [
      {
        __typename: 'CommitmentChange',
        createdAt: '2026-03-01T09:00:00.000Z',
        fromStatus: null,
        toStatus: 'OPEN',
        fromDueOn: null,
        toDueOn: DUE,
        note: '',
        changedBy: { __typename: 'Member', id: VIEWER.id, displayName: VIEWER.displayName },
      },
    ],
    ...overrides,
  };
}

export function commitmentsAnswer(items: CollectiveCommitmentItemFragment[], hasNextPage = false) {
  return {
    data: {
      __typename: 'Query',
      collective: {
        __typename: 'Collective',
        id: COLLECTIVE_ID,
        slug: SLUG,
        commitments: {
          __typename: 'CollectiveCommitmentsConnection',
          totalCount: items.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
          edges: items.map((node) => ({ __typename: 'CollectiveCommitmentsEdge' as const, node })),
        },
      },
    } satisfies CollectiveCommitmentsQuery,
  };
}

export function entry(overrides: Partial<CollectiveJournalItemFragment> = {}): CollectiveJournalItemFragment {
  return {
    __typename: 'JournalEntry',
    id: 'Sm91cm5hbEVudHJ5OjE=',
    kind: 'DIFFICULTY',
    title: 'Un devis refusé',
    body: 'Trop cher pour la mairie.',
    createdAt: '2026-03-02T09:00:00.000Z',
    author: { __typename: 'Member', id: OTHER.id, displayName: OTHER.displayName },
    ...overrides,
  };
}

export function journalAnswer(items: CollectiveJournalItemFragment[]) {
  return {
    data: {
      __typename: 'Query',
      collective: {
        __typename: 'Collective',
        id: COLLECTIVE_ID,
        slug: SLUG,
        journal: {
          __typename: 'CollectiveJournalConnection',
          totalCount: items.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: items.map((node) => ({ __typename: 'CollectiveJournalEdge' as const, node })),
        },
      },
    } satisfies CollectiveJournalQuery,
  };
}

export function mine(overrides: Partial<Mine> = {}) {
  const viewer: Mine = {
    __typename: 'Member',
    id: VIEWER.id,
    collectives: [],
    pendingCollectiveMemberships: [
      {
        __typename: 'CollectiveMembership',
        id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6OQ==',
        status: 'INVITED',
        role: 'MEMBER',
        createdAt: '2026-03-01T09:00:00.000Z',
        collective: {
          __typename: 'Collective',
          id: COLLECTIVE_ID,
          slug: SLUG,
          name: 'Coopérative des images',
          purpose: 'Répondre ensemble aux commandes d’images des collectivités.',
          region: 'Bretagne',
          status: 'ACTIVE',
          charterRevisedAt: null,
          charter,
        },
      },
    ],
    ...overrides,
  };
  return { data: { __typename: 'Query', viewer } satisfies MyCollectivesQuery };
}
