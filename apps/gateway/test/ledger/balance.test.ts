// A member's give/receive balance and history: private, fed by the platform's events, corrected
// only by new entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, readNode, startTestGateway, statementsOf, type TestGateway } from '../harness.ts';
import {
  camilleYanisAndAdmin,
  express,
  FORM_TEAM,
  mutate,
  notificationsOf,
  post,
  refusal,
} from '../opportunities/steps.ts';
import type { Person } from '../people.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let admin: Person;

const LEDGER = `query($id: ID!, $first: Int) {
  node(id: $id) { ... on Member {
    balance { given received balance }
    contributions(first: $first) {
      totalCount
      edges { node {
        direction kind weight note sourceType
        source {
          __typename
          ... on Recommendation { clientName from { handle } to { handle } }
          ... on OpportunityInterest { status opportunity { title } }
          ... on Workshop { title }
          ... on ContributionEntry { kind weight }
        }
        correction { weight note }
      } }
    }
  } }
}`;
const CORRECT = `mutation($id: ID!, $note: String!) {
  correctContribution(entryId: $id, note: $note) {
    __typename
    ... on CorrectContributionSuccess { correction { kind weight direction note corrects { kind weight } } }
    ... on Error { message }
  }
}`;
const RECOMMEND = `mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }`;

beforeAll(async () => {
  t = await startTestGateway();
  ({ camille, yanis, admin } = await camilleYanisAndAdmin(t));
  // Camille recommends Yanis twice, asks for help that Yanis gives, and attended a workshop.
  for (const clientName of ['Biocoop de Rennes', 'Mairie de Lorient']) {
    await mutate(t, camille.as, RECOMMEND, {
      input: { memberId: yanis.gid, clientName, note: 'Un graphiste fiable et à l’écoute.' },
    });
  }
  const help = await post(t, camille, { kind: 'HELP_REQUEST', title: 'Aide pour mes devis' });
  await mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: help, inTeam: [await express(t, yanis, help)] } });
  const workshop = await t.db.prisma.workshop.create({
    data: {
      slug: 'atelier-devis',
      kind: 'ATELIER',
      title: 'Faire ses devis',
      startsAt: new Date(),
      endsAt: new Date(),
      format: 'ONLINE',
      capacity: 10,
      status: 'COMPLETED',
      publishedAt: new Date(),
    },
  });
  await t.db.prisma.contributionEntry.create({
    data: {
      memberId: camille.id,
      direction: 'RECEIVED',
      kind: 'WORKSHOP_ATTENDED',
      weight: 1,
      sourceType: 'Workshop',
      sourceId: workshop.id,
    },
  });
});
afterAll(() => t?.stop());

const ledgerOf = async (who: Person, as = who, first = 20) => {
  const { body } = await t.graphql(LEDGER, { id: who.gid, first }, as.as);
  expect(body.errors).toBeUndefined();
  return body.data.node;
};

describe('the balance and the history', () => {
  it('sums what the member gave and received', async () => {
    expect((await ledgerOf(camille)).balance).toEqual({ given: 4, received: 3, balance: 1 });
    expect((await ledgerOf(yanis)).balance).toEqual({ given: 2, received: 4, balance: -2 });
  });

  it('lists the entries newest first, each with the event it records', async () => {
    const { contributions } = await ledgerOf(camille);
    expect(contributions.totalCount).toBe(4);
    expect(contributions.edges.map((e: any) => [e.node.direction, e.node.kind, e.node.weight, e.node.source])).toEqual([
      ['RECEIVED', 'WORKSHOP_ATTENDED', 1, { __typename: 'Workshop', title: 'Faire ses devis' }],
      [
        'RECEIVED',
        'HELP',
        2,
        { __typename: 'OpportunityInterest', status: 'IN_TEAM', opportunity: { title: 'Aide pour mes devis' } },
      ],
      [
        'GIVEN',
        'RECOMMENDATION',
        2,
        {
          __typename: 'Recommendation',
          clientName: 'Mairie de Lorient',
          from: { handle: 'camille' },
          to: { handle: 'yanis' },
        },
      ],
      [
        'GIVEN',
        'RECOMMENDATION',
        2,
        {
          __typename: 'Recommendation',
          clientName: 'Biocoop de Rennes',
          from: { handle: 'camille' },
          to: { handle: 'yanis' },
        },
      ],
    ]);
  });

  it('is private: other members read null, admins read it', async () => {
    expect(await ledgerOf(camille, yanis)).toEqual({ balance: null, contributions: null });
    expect((await ledgerOf(camille, admin)).balance).toEqual({ given: 4, received: 3, balance: 1 });
    const entry = await t.db.prisma.contributionEntry.findFirstOrThrow({ where: { memberId: camille.id } });
    expect(await readNode(t, globalId('ContributionEntry', entry.id), yanis.as)).toEqual({ data: { node: null } });
  });

  it('reads a page of entries and their sources with a fixed number of SQL statements', async () => {
    const count = (first: number) => statementsOf(t, () => ledgerOf(camille, camille, first));
    const forOne = await count(1);
    const forAll = await count(20);
    // The session with its member; the member; the balance; the entries (with their count) and their
    // corrections; then, batched, the sources with what they select, joined (relation joins; before: 12).
    expect(forAll).toBe(6);
    // A page of one entry meets only one kind of source.
    expect(forOne).toBeLessThan(forAll);
  });
});

describe('corrections', () => {
  it('cancels an entry with a new one of opposite weight; the original stays, the member is told why', async () => {
    const workshopEntry = await t.db.prisma.contributionEntry.findFirstOrThrow({
      where: { memberId: camille.id, kind: 'WORKSHOP_ATTENDED' },
    });
    const id = globalId('ContributionEntry', workshopEntry.id);
    const result = await mutate(t, admin.as, CORRECT, { id, note: 'Absente ce jour-là.' });
    expect(result).toEqual({
      __typename: 'CorrectContributionSuccess',
      correction: {
        kind: 'CORRECTION',
        weight: -1,
        direction: 'RECEIVED',
        note: 'Absente ce jour-là.',
        corrects: { kind: 'WORKSHOP_ATTENDED', weight: 1 },
      },
    });
    const { balance, contributions } = await ledgerOf(camille);
    expect(balance).toEqual({ given: 4, received: 2, balance: 2 });
    expect(contributions.edges[0].node).toMatchObject({
      kind: 'CORRECTION',
      sourceType: 'ContributionEntry',
      source: { __typename: 'ContributionEntry', kind: 'WORKSHOP_ATTENDED' },
    });
    expect(contributions.edges[1].node).toMatchObject({
      kind: 'WORKSHOP_ATTENDED',
      weight: 1,
      correction: { weight: -1, note: 'Absente ce jour-là.' },
    });
    expect((await notificationsOf(t, camille)).at(-1)).toMatchObject({
      kind: 'contribution.corrected',
      data: { note: 'Absente ce jour-là.', entryId: id },
    });
  });

  it('corrects an entry once, even when two admins try at the same time, and never corrects a correction', async () => {
    const entry = await t.db.prisma.contributionEntry.findFirstOrThrow({ where: { memberId: yanis.id, kind: 'HELP' } });
    const id = globalId('ContributionEntry', entry.id);
    const outcomes = await Promise.all(
      [1, 2].map(() => mutate(t, admin.as, CORRECT, { id, note: 'Aide comptée deux fois.' })),
    );
    expect(outcomes.map((o) => o.__typename).sort()).toEqual(['ConflictError', 'CorrectContributionSuccess']);
    const correction = await t.db.prisma.contributionEntry.findFirstOrThrow({ where: { correctsId: entry.id } });
    expect(
      await mutate(t, admin.as, CORRECT, {
        id: globalId('ContributionEntry', correction.id),
        note: 'Annuler la correction.',
      }),
    ).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('itself a correction'),
    });
  });

  it('is for admins, with a reason', async () => {
    const entry = await t.db.prisma.contributionEntry.findFirstOrThrow({
      where: { memberId: camille.id, kind: 'RECOMMENDATION' },
    });
    const id = globalId('ContributionEntry', entry.id);
    expect(await refusal(t, camille.as, CORRECT, { id, note: 'Je préfère sans.' })).toBe('FORBIDDEN');
    expect(await mutate(t, admin.as, CORRECT, { id, note: '' })).toMatchObject({ __typename: 'ValidationError' });
    expect(
      (await mutate(t, admin.as, CORRECT, { id: globalId('ContributionEntry', 'x'), note: 'Erreur de saisie.' }))
        .__typename,
    ).toBe('NotFoundError');
  });
});
