// The portal's real client (Graphcache with packages/client/src/cache/collectives.ts) over a stub
// endpoint: after each mutation, the lists the screens read change without asking the server again.
import {
  CollectiveCharterReorderDocument,
  CollectiveCommitmentCreateDocument,
  CollectiveCommitmentsDocument,
  CollectiveInvitationDeclineDocument,
  CollectiveInviteDocument,
  CollectiveJoinRequestAcceptDocument,
  CollectiveJoinRequestDocument,
  CollectiveJournalDocument,
  CollectiveJournalWriteDocument,
  CollectivePageDocument,
  CollectivesToJoinDocument,
  MyCollectivesDocument,
  type CollectivesToJoinQuery,
  type JournalKind,
} from '../src/index.ts';
import { describe, expect, it } from 'vitest';
import {
  charter,
  COLLECTIVE_ID,
  commitment,
  commitmentsAnswer,
  entry,
  journalAnswer,
  memberRow,
  mine,
  NEWCOMER,
  pageAnswer,
  pageCollective,
  SLUG,
} from './fixtures/collectives.ts';
import { mutation, settle, stubEndpoint, type Answer } from './support.ts';

describe('collectives in the cache', () => {
  it('a journal entry heads the lists it belongs to (all entries, its kind), not the others', async () => {
    const written = entry({
      id: 'Sm91cm5hbEVudHJ5OjI=',
      kind: 'SUCCESS',
      title: 'Premier devis accepté',
      createdAt: '2026-03-05T09:00:00.000Z',
    });
    const { client, calls } = stubEndpoint((name, variables) => {
      if (name === 'CollectiveJournal')
        return journalAnswer(variables.kind === 'DIFFICULTY' ? [entry()] : variables.kind ? [] : [entry()]);
      if (name === 'CollectiveJournalWrite')
        return mutation('writeJournalEntry', {
          __typename: 'JournalEntrySuccess',
          entry: { ...written, collective: { __typename: 'Collective', id: COLLECTIVE_ID } },
        });
      return 'pending';
    });
    const all: { slug: string; first: number; after: null; kind: JournalKind | null } = {
      slug: SLUG,
      first: 10,
      after: null,
      kind: null,
    };
    const successes = { ...all, kind: 'SUCCESS' as const };
    const difficulties = { ...all, kind: 'DIFFICULTY' as const };
    for (const variables of [all, successes, difficulties])
      await client.query(CollectiveJournalDocument, variables).toPromise();

    const result = await client
      .mutation(CollectiveJournalWriteDocument, {
        input: { collectiveId: COLLECTIVE_ID, kind: 'SUCCESS', title: 'Premier devis accepté' },
      })
      .toPromise();
    expect(result.data?.writeJournalEntry.__typename).toBe('JournalEntrySuccess');

    const titles = (variables: typeof all) =>
      client.readQuery(CollectiveJournalDocument, variables)?.data?.collective?.journal?.edges.map((e) => e.node.title);
    expect(titles(all)).toEqual(['Premier devis accepté', 'Un devis refusé']);
    expect(titles(successes)).toEqual(['Premier devis accepté']);
    expect(titles(difficulties)).toEqual(['Un devis refusé']);
    expect(client.readQuery(CollectiveJournalDocument, all)?.data?.collective?.journal?.totalCount).toBe(2);
    expect(calls('CollectiveJournal')).toHaveLength(3);
  });

  it('a new commitment takes its place by due date; one due after a partial page waits for later pages', async () => {
    const soon = commitment({ id: 'Q29tbWl0bWVudDox', dueOn: '2030-03-01', description: 'Premier' });
    const late = commitment({ id: 'Q29tbWl0bWVudDoy', dueOn: '2030-06-01', description: 'Dernier' });
    const created = commitment({ id: 'Q29tbWl0bWVudDoz', dueOn: '2030-04-15', description: 'Entre les deux' });
    const { client } = stubEndpoint((name, variables) => {
      if (name === 'CollectiveCommitments') return commitmentsAnswer([soon, late], variables.first === 2);
      if (name === 'CollectiveCommitmentCreate') {
        const made =
          (variables.input as { dueOn: string }).dueOn === created.dueOn
            ? created
            : { ...created, id: 'Q29tbWl0bWVudDo0', dueOn: '2031-01-01', description: 'Bien plus tard' };
        return mutation('createCommitment', {
          __typename: 'CommitmentSuccess',
          commitment: { ...made, collective: { __typename: 'Collective', id: COLLECTIVE_ID } },
        });
      }
      return 'pending';
    });
    const full = { slug: SLUG, first: 20, after: null };
    const partial = { slug: SLUG, first: 2, after: null };
    await client.query(CollectiveCommitmentsDocument, full).toPromise();
    await client.query(CollectiveCommitmentsDocument, partial).toPromise();

    await client
      .mutation(CollectiveCommitmentCreateDocument, {
        input: { collectiveId: COLLECTIVE_ID, description: 'Entre les deux', dueOn: '2030-04-15' },
      })
      .toPromise();
    const order = (variables: typeof full) =>
      client
        .readQuery(CollectiveCommitmentsDocument, variables)
        ?.data?.collective?.commitments?.edges.map((e) => e.node.description);
    expect(order(full)).toEqual(['Premier', 'Entre les deux', 'Dernier']);
    expect(order(partial)).toEqual(['Premier', 'Entre les deux', 'Dernier']);

    await client
      .mutation(CollectiveCommitmentCreateDocument, {
        input: { collectiveId: COLLECTIVE_ID, description: 'Bien plus tard', dueOn: '2031-01-01' },
      })
      .toPromise();
    expect(order(full)).toEqual(['Premier', 'Entre les deux', 'Dernier', 'Bien plus tard']);
    // The partial page has more after it: the new commitment belongs there, not here.
    expect(order(partial)).toEqual(['Premier', 'Entre les deux', 'Dernier']);
  });

  it('reordering the charter is optimistic: the order changes before the server answers', async () => {
    let answer: (value: Answer) => void = () => {};
    const { client } = stubEndpoint((name) => {
      if (name === 'CollectivePage') return pageAnswer();
      if (name === 'CollectiveCharterReorder') return new Promise<Answer>((resolve) => (answer = resolve));
      return 'pending';
    });
    await client.query(CollectivePageDocument, { slug: SLUG }).toPromise();
    const texts = () =>
      client
        .readQuery(CollectivePageDocument, { slug: SLUG })
        ?.data?.collective?.charter?.map((a) => `${a.position}. ${a.text}`);
    const pending = client
      .mutation(CollectiveCharterReorderDocument, {
        collectiveId: COLLECTIVE_ID,
        agreementIds: [charter[1]!.id, charter[0]!.id],
      })
      .toPromise();
    await settle();
    expect(texts()).toEqual([
      '1. Nous nous prévenons une semaine avant toute absence.',
      '2. Nous partageons les commandes à parts égales.',
    ]);

    // The server refuses (the charter changed meanwhile): the optimistic order is rolled back.
    answer(mutation('reorderCharter', { __typename: 'ConflictError', code: 'CONFLICT', message: 'Reload it.' }));
    await pending;
    expect(texts()).toEqual([
      '1. Nous partageons les commandes à parts égales.',
      '2. Nous nous prévenons une semaine avant toute absence.',
    ]);
  });

  it('an accepted request leaves the pending list and joins the members; an invitation joins the pending list', async () => {
    const requested = pageCollective().memberships!.edges[0]!.node;
    const invitedRow = memberRow({
      id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6NA==',
      role: 'MEMBER',
      status: 'INVITED',
      joinedAt: null,
      responsibilities: '',
      member: { ...NEWCOMER, id: 'TWVtYmVyOmxlYQ==', displayName: 'Léa Morel' },
    });
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'CollectivePage') return pageAnswer();
      if (name === 'CollectiveJoinRequestAccept') {
        return mutation('acceptJoinRequest', {
          __typename: 'CollectiveMembershipSuccess',
          membership: {
            ...requested,
            status: 'ACTIVE',
            joinedAt: '2026-03-06T09:00:00.000Z',
            collective: { __typename: 'Collective', id: COLLECTIVE_ID },
          },
        });
      }
      if (name === 'CollectiveInvite')
        return mutation('inviteToCollective', {
          __typename: 'CollectiveMembershipSuccess',
          membership: { ...invitedRow, collective: { __typename: 'Collective', id: COLLECTIVE_ID } },
        });
      return 'pending';
    });
    await client.query(CollectivePageDocument, { slug: SLUG }).toPromise();
    await client.mutation(CollectiveJoinRequestAcceptDocument, { id: requested.id }).toPromise();
    let collective = client.readQuery(CollectivePageDocument, { slug: SLUG })?.data?.collective;
    expect(collective?.members.edges.map((e) => `${e.node.member.displayName} (${e.node.role})`)).toEqual([
      'Camille Martin (COORDINATOR)',
      'Adel Rahmani (MEMBER)',
      'Awa Camara (MEMBER)',
    ]);
    expect(collective?.members.totalCount).toBe(3);
    expect(collective?.memberships?.edges).toEqual([]);
    expect(collective?.memberships?.totalCount).toBe(0);

    await client
      .mutation(CollectiveInviteDocument, { collectiveId: COLLECTIVE_ID, memberId: 'TWVtYmVyOmxlYQ==' })
      .toPromise();
    collective = client.readQuery(CollectivePageDocument, { slug: SLUG })?.data?.collective;
    expect(collective?.memberships?.edges.map((e) => `${e.node.member.displayName} (${e.node.status})`)).toEqual([
      'Léa Morel (INVITED)',
    ]);
    expect(calls('CollectivePage')).toHaveLength(1);
  });

  it('a request to join marks the collective in the list to join and waits among my requests; a declined invitation leaves', async () => {
    const card: CollectivesToJoinQuery['collectives']['edges'][number]['node'] = {
      __typename: 'Collective',
      id: 'Q29sbGVjdGl2ZTpqYXJkaW5z',
      slug: 'jardins-partages',
      name: 'Jardins partagés',
      purpose: 'Cultiver ensemble.',
      region: 'Occitanie',
      status: 'ACTIVE',
      members: { __typename: 'CollectiveMembersConnection', totalCount: 4 },
      viewerMembership: null,
    };
    const { client } = stubEndpoint((name) => {
      if (name === 'MyCollectives') return mine();
      if (name === 'CollectivesToJoin') {
        return {
          data: {
            __typename: 'Query',
            collectives: {
              __typename: 'QueryCollectivesConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [{ __typename: 'QueryCollectivesEdge', node: card }],
            },
          },
        };
      }
      if (name === 'CollectiveJoinRequest') {
        return mutation('requestToJoinCollective', {
          __typename: 'CollectiveMembershipSuccess',
          membership: {
            __typename: 'CollectiveMembership',
            id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6Nw==',
            status: 'REQUESTED',
            role: 'MEMBER',
            createdAt: '2026-03-07T09:00:00.000Z',
            collective: { ...card, charterRevisedAt: null, charter: [] },
          },
        });
      }
      if (name === 'CollectiveInvitationDecline')
        return mutation('declineCollectiveInvitation', {
          __typename: 'CollectiveSuccess',
          collective: { __typename: 'Collective', id: COLLECTIVE_ID },
        });
      return 'pending';
    });
    await client.query(MyCollectivesDocument, {}).toPromise();
    const list = { first: 20, after: null, search: null, region: null };
    await client.query(CollectivesToJoinDocument, list).toPromise();

    await client.mutation(CollectiveJoinRequestDocument, { collectiveId: card.id, acceptCharter: true }).toPromise();
    const status = client.readQuery(CollectivesToJoinDocument, list)?.data?.collectives.edges[0]?.node.viewerMembership
      ?.status;
    expect(status).toBe('REQUESTED');
    const pending = () =>
      client
        .readQuery(MyCollectivesDocument, {})
        ?.data?.viewer?.pendingCollectiveMemberships?.map((m) => `${m.collective.name} (${m.status})`);
    expect(pending()).toEqual(['Jardins partagés (REQUESTED)', 'Coopérative des images (INVITED)']);

    await client.mutation(CollectiveInvitationDeclineDocument, { id: 'Q29sbGVjdGl2ZU1lbWJlcnNoaXA6OQ==' }).toPromise();
    expect(pending()).toEqual(['Jardins partagés (REQUESTED)']);
  });
});
