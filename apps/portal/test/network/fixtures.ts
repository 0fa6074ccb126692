// Data the network tests share: introductions, recommendations and a page as the API returns them.
import { card, VIEWER_ID } from './support.tsx';

const person = (handle: string, displayName: string) => ({ __typename: 'Member', id: handle === 'camille-martin' ? VIEWER_ID : `TWVtYmVyOi${handle}`, handle, displayName, headline: '' });

export const ELODIE = card('elodie-faure', 'Élodie Faure');

export function introduction(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'IntroductionRequest',
    id: 'SW50cm86MQ==',
    status: 'PENDING',
    message: 'Bonjour, je suis graphiste à Lyon et je cherche une rédactrice.',
    responseMessage: '',
    createdAt: '2026-03-02T09:00:00.000Z',
    respondedAt: null,
    requester: person('elodie-faure', 'Élodie Faure'),
    recipient: person('camille-martin', 'Camille Martin'),
    contact: null,
    ...overrides,
  };
}

export function recommendation(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Recommendation',
    id: 'UmVjbzox',
    clientName: 'Mairie de Villeurbanne',
    note: 'Elle connaît bien les marchés publics.',
    status: 'SENT',
    outcomeNote: '',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    opportunity: null,
    from: { __typename: 'Member', id: 'TWVtYmVyOmVsb2RpZS1mYXVyZQ==', handle: 'elodie-faure', displayName: 'Élodie Faure' },
    to: { __typename: 'Member', id: VIEWER_ID, handle: 'camille-martin', displayName: 'Camille Martin' },
    ...overrides,
  };
}

const connection = (typename: string, nodes: unknown[]) => ({
  __typename: typename,
  totalCount: nodes.length,
  edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node })),
});

export function myIntroductions(received: unknown[], sent: unknown[]) {
  return {
    data: {
      __typename: 'Query',
      viewer: {
        __typename: 'Member',
        id: VIEWER_ID,
        introductionRequestsReceived: connection('MemberIntroductionRequestsReceivedConnection', received),
        introductionRequestsSent: connection('MemberIntroductionRequestsSentConnection', sent),
      },
    },
  };
}

export function myRecommendations(received: unknown[], given: unknown[]) {
  return {
    data: {
      __typename: 'Query',
      viewer: {
        __typename: 'Member',
        id: VIEWER_ID,
        recommendationsReceived: connection('MemberRecommendationsReceivedConnection', received),
        recommendationsGiven: connection('MemberRecommendationsGivenConnection', given),
      },
    },
  };
}

export function savedPage(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'VisibilityPage',
    id: 'UGFnZTox',
    slug: 'camille-martin',
    url: 'http://portal.test/membres/camille-martin',
    title: 'Camille Martin, graphiste',
    seoDescription: '',
    published: false,
    publishedAt: null,
    unpublishedAt: null,
    unpublishedReason: null,
    updatedAt: '2026-03-02T10:15:00.000Z',
    sections: [{ __typename: 'TextSection', kind: 'TEXT', title: 'Mon parcours', markdown: 'Bonjour', html: '<p>Bonjour</p>' }],
    ...overrides,
  };
}

export function directoryPage(nodes: unknown[], options: { total?: number; next?: string | null } = {}) {
  return {
    data: {
      __typename: 'Query',
      members: {
        __typename: 'MemberDirectoryConnection',
        totalCount: options.total ?? nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(options.next), endCursor: options.next ?? null },
        edges: nodes.map((node, index) => ({ __typename: 'MemberDirectoryEdge', cursor: `c${index}`, node })),
      },
    },
  };
}
