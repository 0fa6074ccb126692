// Introduction requests (mise en relation): ask, accept or decline, and contact details revealed
// only on acceptance, to the two members only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, listToVisitors, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, sessionOf } from './fixtures.ts';

let t: TestGateway;
const as: Record<string, As> = {};
const id: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestGateway();
  for (const handle of ['alice', 'bruno', 'chloe', 'david', 'emma', 'farid']) {
    const row = await addProfile(t, {
      handle,
      displayName: handle[0]!.toUpperCase() + handle.slice(1),
      websiteUrl: `https://${handle}.example.org`,
    });
    id[handle] = row.id;
    as[handle] = await sessionOf(t, row.id);
  }
  id.gone = (await addProfile(t, { handle: 'gaston', status: 'LEFT' })).id;
});
afterAll(() => t?.stop());

const MESSAGE = 'Bonjour, je prépare un appel d’offres et votre profil m’intéresse beaucoup.';
const REQUEST = `mutation($id: ID!, $message: String!) {
  requestIntroduction(memberId: $id, message: $message) {
    __typename
    ... on IntroductionSuccess { introduction { id status contact { email } recipient { handle } } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path } }
  }
}`;
const ANSWER = (
  verb: 'accept' | 'decline' | 'withdraw',
) => `mutation($id: ID!${verb === 'withdraw' ? '' : ', $message: String'}) {
  ${verb}Introduction(id: $id${verb === 'withdraw' ? '' : ', message: $message'}) {
    __typename
    ... on IntroductionSuccess { introduction { status responseMessage respondedAt contact { email websiteUrl } } }
    ... on Error { code message }
  }
}`;
const PROFILE_CONTACT = `query($handle: String!) { member(handle: $handle) { contact { email websiteUrl } } }`;

const ask = (from: string, to: string, message = MESSAGE) =>
  t.graphql(REQUEST, { id: globalId('Member', id[to]!), message }, as[from]);

async function introductionBetween(from: string, to: string) {
  return t.db.prisma.introductionRequest.findFirstOrThrow({
    where: { requesterId: id[from], recipientId: id[to] },
    orderBy: { createdAt: 'desc' },
  });
}

describe('asking and accepting', () => {
  it('reveals both members’ contact details to each other only once accepted, and tells each of them', async () => {
    const asked = await ask('alice', 'bruno');
    expect(asked.body.data.requestIntroduction).toMatchObject({
      __typename: 'IntroductionSuccess',
      introduction: { status: 'PENDING', contact: null, recipient: { handle: 'bruno' } },
    });
    const toBruno = await t.db.prisma.notification.findFirstOrThrow({
      where: { memberId: id.bruno, kind: 'introduction.requested' },
    });
    expect(toBruno.data).toMatchObject({ member: { handle: 'alice', displayName: 'Alice' } });
    expect((await t.graphql(PROFILE_CONTACT, { handle: 'bruno' }, as.alice)).body.data.member.contact).toBeNull();

    const received = await t.graphql(
      `{ viewer { introductionRequestsReceived(status: PENDING) { totalCount edges { node { message requester { handle } } } } } }`,
      {},
      as.bruno,
    );
    expect(received.body.data.viewer.introductionRequestsReceived).toEqual({
      totalCount: 1,
      edges: [{ node: { message: MESSAGE, requester: { handle: 'alice' } } }],
    });

    const intro = await introductionBetween('alice', 'bruno');
    const accepted = await t.graphql(
      ANSWER('accept'),
      { id: globalId('IntroductionRequest', intro.id), message: 'Avec plaisir !' },
      as.bruno,
    );
    expect(accepted.body.data.acceptIntroduction.introduction).toMatchObject({
      status: 'ACCEPTED',
      responseMessage: 'Avec plaisir !',
      contact: { email: 'alice@example.fr', websiteUrl: 'https://alice.example.org' },
    });
    const toAlice = await t.db.prisma.notification.findFirstOrThrow({
      where: { memberId: id.alice, kind: 'introduction.accepted' },
    });
    expect(toAlice.data).toMatchObject({ member: { handle: 'bruno' }, message: 'Avec plaisir !' });

    expect((await t.graphql(PROFILE_CONTACT, { handle: 'bruno' }, as.alice)).body.data.member.contact).toEqual({
      email: 'bruno@example.fr',
      websiteUrl: 'https://bruno.example.org',
    });
    expect((await t.graphql(PROFILE_CONTACT, { handle: 'alice' }, as.bruno)).body.data.member.contact).toEqual({
      email: 'alice@example.fr',
      websiteUrl: 'https://alice.example.org',
    });
    const sent = await t.graphql(
      `{ viewer { introductionRequestsSent { edges { node { status contact { email } } } } } }`,
      {},
      as.alice,
    );
    expect(sent.body.data.viewer.introductionRequestsSent.edges).toEqual([
      { node: { status: 'ACCEPTED', contact: { email: 'bruno@example.fr' } } },
    ]);
  });

  it('keeps contact details from everyone else', async () => {
    expect((await t.graphql(PROFILE_CONTACT, { handle: 'bruno' }, as.chloe)).body.data.member.contact).toBeNull();
    // Visitors see only members listed to visitors: list Bruno, so his profile is there and only the contact hidden.
    await listToVisitors(t, id.bruno!);
    expect((await t.graphql(PROFILE_CONTACT, { handle: 'bruno' })).body.data.member.contact).toBeNull();
    const intro = await introductionBetween('alice', 'bruno');
    const node = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on IntroductionRequest { message } } }`,
      { id: globalId('IntroductionRequest', intro.id) },
      as.chloe,
    );
    expect(node.body).toEqual({ data: { node: null } }); // as if it did not exist
    const lists = await t.graphql(
      `{ member(handle: "bruno") { introductionRequestsReceived { totalCount } } }`,
      {},
      as.chloe,
    );
    expect(lists.body.data.member.introductionRequestsReceived).toBeNull();
  });

  it('refuses to ask again someone you are already in touch with, either way', async () => {
    expect((await ask('alice', 'bruno')).body.data.requestIntroduction.code).toBe('CONFLICT');
    expect((await ask('bruno', 'alice')).body.data.requestIntroduction.code).toBe('CONFLICT');
  });
});

describe('declining and withdrawing', () => {
  it('keeps details hidden after a decline, and makes the requester wait before asking again', async () => {
    await ask('chloe', 'david');
    const intro = await introductionBetween('chloe', 'david');
    const declined = await t.graphql(
      ANSWER('decline'),
      { id: globalId('IntroductionRequest', intro.id), message: 'Pas le moment, désolé.' },
      as.david,
    );
    expect(declined.body.data.declineIntroduction.introduction).toMatchObject({ status: 'DECLINED', contact: null });
    expect(await t.db.prisma.notification.count({ where: { memberId: id.chloe, kind: 'introduction.declined' } })).toBe(
      1,
    );
    expect((await t.graphql(PROFILE_CONTACT, { handle: 'david' }, as.chloe)).body.data.member.contact).toBeNull();
    const again = await ask('chloe', 'david');
    expect(again.body.data.requestIntroduction).toMatchObject({ code: 'CONFLICT' });
    expect(again.body.data.requestIntroduction.message).toMatch(
      /declined your last request; you may ask again from \d{4}-\d{2}-\d{2}/,
    );
    // David may still reach out himself.
    expect((await ask('david', 'chloe')).body.data.requestIntroduction.__typename).toBe('IntroductionSuccess');
  });

  it('lets only the recipient answer, only the requester withdraw, and each answer happen once', async () => {
    await ask('emma', 'farid');
    const intro = globalId('IntroductionRequest', (await introductionBetween('emma', 'farid')).id);
    expect((await t.graphql(ANSWER('accept'), { id: intro }, as.emma)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.graphql(ANSWER('accept'), { id: intro }, as.chloe)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.graphql(ANSWER('withdraw'), { id: intro }, as.farid)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await t.graphql(ANSWER('withdraw'), { id: intro }, as.emma)).body.data.withdrawIntroduction.introduction.status,
    ).toBe('WITHDRAWN');
    expect((await t.graphql(ANSWER('accept'), { id: intro }, as.farid)).body.data.acceptIntroduction).toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      (await t.graphql(ANSWER('accept'), { id: globalId('IntroductionRequest', 'nope') }, as.farid)).body.data
        .acceptIntroduction.code,
    ).toBe('NOT_FOUND');
  });

  it('answers a race between accepting and declining with one winner', async () => {
    await ask('emma', 'farid');
    const intro = globalId('IntroductionRequest', (await introductionBetween('emma', 'farid')).id);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => t.graphql(ANSWER('accept'), { id: intro }, as.farid)),
      ...Array.from({ length: 4 }, () => t.graphql(ANSWER('decline'), { id: intro }, as.farid)),
    ]);
    const kinds = results.map((result) => Object.values(result.body.data ?? {})[0] as { __typename: string });
    expect(kinds.filter((kind) => kind.__typename === 'IntroductionSuccess')).toHaveLength(1);
    expect(kinds.filter((kind) => kind.__typename === 'ConflictError')).toHaveLength(7);
    expect(
      await t.db.prisma.notification.count({
        where: { memberId: id.emma, kind: { in: ['introduction.accepted', 'introduction.declined'] } },
      }),
    ).toBe(1);
  });
});

describe('asking', () => {
  it('creates one request when the same pair asks many times at once, in either direction', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? ask('bruno', 'chloe') : ask('chloe', 'bruno'))),
    );
    const created = results.filter(
      (result) => result.body.data?.requestIntroduction.__typename === 'IntroductionSuccess',
    );
    expect(created).toHaveLength(1);
    expect(results.every((result) => result.body.errors === undefined)).toBe(true);
    const between = [
      { requesterId: id.bruno, recipientId: id.chloe },
      { requesterId: id.chloe, recipientId: id.bruno },
    ];
    expect(await t.db.prisma.introductionRequest.count({ where: { OR: between } })).toBe(1);
  });

  it('refuses yourself, members who are not active, and messages too short to say who you are', async () => {
    expect((await ask('alice', 'alice')).body.data.requestIntroduction.code).toBe('CONFLICT');
    expect(
      (await t.graphql(REQUEST, { id: globalId('Member', id.gone!), message: MESSAGE }, as.alice)).body.data
        .requestIntroduction.code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.graphql(REQUEST, { id: globalId('Member', 'x'), message: MESSAGE }, as.alice)).body.data
        .requestIntroduction.code,
    ).toBe('NOT_FOUND');
    const short = await ask('alice', 'emma', 'Salut');
    expect(short.body.data.requestIntroduction.fieldErrors).toEqual([{ path: ['message'] }]);
  });
});

describe('the lists', () => {
  it('read a page of received requests, with requesters and revealed contacts, in a fixed number of statements', async () => {
    const olga = await addProfile(t, { handle: 'olga' });
    for (let i = 0; i < 6; i++) {
      const requester = await addProfile(t, { handle: `demandeur-${i}` });
      await t.db.prisma.introductionRequest.create({
        data: {
          requesterId: requester.id,
          recipientId: olga.id,
          message: MESSAGE,
          status: i % 2 ? 'ACCEPTED' : 'PENDING',
        },
      });
    }
    const session = await sessionOf(t, olga.id);
    const query = `query($first: Int) { viewer { introductionRequestsReceived(first: $first) {
      totalCount edges { node { message status requester { handle displayName } contact { email } } } } } }`;
    const statements = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(query, { first }, session);
      expect(body.errors).toBeUndefined();
      return { count: t.queries.length, page: body.data.viewer.introductionRequestsReceived };
    };
    const one = await statements(1);
    const six = await statements(6);
    expect(six.page.totalCount).toBe(6);
    expect(six.page.edges.filter((edge: { node: { contact: unknown } }) => edge.node.contact)).toHaveLength(3);
    expect(six.count).toBe(one.count);
    // The session with its member; the viewer with the page of requests, its count and the requesters,
    // joined (relation joins; before: 6).
    expect(six.count).toBe(2);
  });
});
