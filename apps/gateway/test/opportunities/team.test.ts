// Interest and teams: members express interest with a note, the managers form the team, both
// sides are notified, and joining writes the give/receive ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';
import { collective, express, EXPRESS, FORM_TEAM, mutate, notificationsOf, post, refusal } from './steps.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let lea: Person;
let noor: Person;

beforeAll(async () => {
  t = await startTestGateway();
  [camille, yanis, lea, noor] = await Promise.all([
    person(t, 'camille'),
    person(t, 'yanis'),
    person(t, 'lea'),
    person(t, 'noor'),
  ]);
});
afterAll(() => t?.stop());

const uuid = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!;
const WITHDRAW = `mutation($id: ID!) { withdrawInterest(opportunityId: $id) { __typename ... on OpportunityInterestSuccess { interest { status } } ... on Error { message } } }`;
const INTERESTS = `query($id: ID!) { opportunity(id: $id) { viewerInterest { status } interests(first: 10) { totalCount edges { node { note member { handle } status } } } } }`;

describe('expressing interest', () => {
  let id: string;
  beforeAll(async () => {
    id = await post(t, camille);
  });

  it('records the note and tells the poster who is interested', async () => {
    await express(t, yanis, id, 'Je connais bien les marchés publics bretons.');
    const [notification] = await notificationsOf(t, camille);
    expect(notification).toMatchObject({
      kind: 'opportunity.interest_expressed',
      data: { memberHandle: 'yanis', title: 'Refonte du site de la mairie de Quimper' },
    });
  });

  it('updates the note when asked again, without notifying twice', async () => {
    await express(t, yanis, id, 'Je connais bien les marchés publics, et l’accessibilité.');
    expect(await notificationsOf(t, camille)).toHaveLength(1);
    const interest = await t.db.prisma.opportunityInterest.findFirstOrThrow({ where: { memberId: yanis.id } });
    expect(interest.note).toBe('Je connais bien les marchés publics, et l’accessibilité.');
  });

  it('shows who is interested to members, but the note only to its author and the managers', async () => {
    await express(t, lea, id);
    const read = async (who: Person) => (await t.graphql(INTERESTS, { id }, who.as)).body.data.opportunity;
    const byNoor = await read(noor);
    expect(byNoor.viewerInterest).toBeNull();
    expect(byNoor.interests.edges.map((e: any) => [e.node.member.handle, e.node.note])).toEqual([
      ['yanis', null],
      ['lea', null],
    ]);
    const byLea = await read(lea);
    expect(byLea.viewerInterest).toEqual({ status: 'INTERESTED' });
    expect(byLea.interests.edges.map((e: any) => e.node.note === null)).toEqual([true, false]);
    expect((await read(camille)).interests.edges.every((e: any) => e.node.note)).toBe(true);
  });

  it('refuses the poster, an empty note, a closed opportunity and a passed deadline', async () => {
    expect(
      (await mutate(t, camille.as, EXPRESS, { id, note: 'Je suis partante pour cette mission.' })).__typename,
    ).toBe('ConflictError');
    expect(await mutate(t, noor.as, EXPRESS, { id, note: ' ' })).toMatchObject({ __typename: 'ValidationError' });
    const closed = await post(t, camille, { title: 'Mission déjà pourvue' });
    await t.db.prisma.opportunity.update({ where: { id: uuid(closed) }, data: { status: 'CLOSED' } });
    expect(
      await mutate(t, noor.as, EXPRESS, { id: closed, note: 'Je suis partante pour cette mission.' }),
    ).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('CLOSED'),
    });
    const late = await post(t, camille, { title: 'Réponse attendue hier' });
    await t.db.prisma.opportunity.update({
      where: { id: uuid(late) },
      data: { deadline: new Date(Date.now() - 3600 * 1000) },
    });
    expect(await mutate(t, noor.as, EXPRESS, { id: late, note: 'Je suis partante pour cette mission.' })).toMatchObject(
      {
        __typename: 'ConflictError',
        message: 'The deadline has passed.',
      },
    );
  });

  it('lets a member withdraw, then come back', async () => {
    expect(await mutate(t, lea.as, WITHDRAW, { id })).toEqual({
      __typename: 'OpportunityInterestSuccess',
      interest: { status: 'WITHDRAWN' },
    });
    expect(await mutate(t, lea.as, WITHDRAW, { id })).toMatchObject({ __typename: 'ConflictError' });
    expect(await mutate(t, noor.as, WITHDRAW, { id })).toMatchObject({ __typename: 'NotFoundError' });
    const listed = (await t.graphql(INTERESTS, { id }, camille.as)).body.data.opportunity.interests;
    expect(listed.totalCount).toBe(1);
    expect((await notificationsOf(t, camille)).map((n) => n.kind)).toContain('opportunity.interest_withdrawn');
    await express(t, lea, id);
    expect((await t.graphql(INTERESTS, { id }, camille.as)).body.data.opportunity.interests.totalCount).toBe(2);
  });
});

describe('forming the team', () => {
  it('retains and declines members, notifies both sides, and records the team in the ledger', async () => {
    const id = await post(t, camille);
    const [y, l, n] = [await express(t, yanis, id), await express(t, lea, id), await express(t, noor, id)];
    const result = await mutate(t, camille.as, FORM_TEAM, {
      input: { opportunityId: id, inTeam: [y, l], notRetained: [n] },
    });
    expect(result).toEqual({
      __typename: 'OpportunitySuccess',
      opportunity: { status: 'TEAM_FORMING', team: [{ handle: 'yanis' }, { handle: 'lea' }] },
    });
    expect((await notificationsOf(t, yanis)).at(-1)).toMatchObject({ kind: 'opportunity.team_joined' });
    expect((await notificationsOf(t, noor)).at(-1)).toMatchObject({ kind: 'opportunity.not_retained' });
    const ledger = await t.db.prisma.contributionEntry.findMany({
      where: { sourceType: 'OpportunityInterest', sourceId: { in: [uuid(y), uuid(l), uuid(n)] } },
    });
    expect(ledger.map((e) => [e.memberId, e.direction, e.kind, e.weight]).sort()).toEqual(
      [
        [yanis.id, 'GIVEN', 'TEAM_JOINED', 1],
        [lea.id, 'GIVEN', 'TEAM_JOINED', 1],
      ].sort(),
    );

    // Retaining again changes nothing and writes nothing twice; a team member cannot be declined.
    await mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [y] } });
    expect(await t.db.prisma.contributionEntry.count({ where: { sourceId: uuid(y) } })).toBe(1);
    const declined = await mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: id, notRetained: [l] } });
    expect(declined.fieldErrors).toEqual([
      { path: ['input', 'notRetained', '0'], message: expect.stringContaining('already in the team') },
    ]);
    // Someone not retained can still be retained later.
    const later = await mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [n] } });
    expect(later.opportunity.team.map((m: any) => m.handle)).toEqual(['yanis', 'lea', 'noor']);
  });

  it('records help given and received for a help request', async () => {
    const id = await post(t, camille, { kind: 'HELP_REQUEST', title: 'Un coup de main pour mon bilan' });
    const interest = await express(t, yanis, id);
    await mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [interest] } });
    const ledger = await t.db.prisma.contributionEntry.findMany({ where: { sourceId: uuid(interest) } });
    expect(ledger.map((e) => [e.memberId, e.direction, e.kind, e.weight]).sort()).toEqual(
      [
        [yanis.id, 'GIVEN', 'HELP', 2],
        [camille.id, 'RECEIVED', 'HELP', 2],
      ].sort(),
    );
  });

  it('records help given by the poster of a help offer', async () => {
    const id = await post(t, camille, { kind: 'HELP_OFFER', title: 'Je relis vos devis' });
    const interest = await express(t, noor, id);
    await mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [interest] } });
    const ledger = await t.db.prisma.contributionEntry.findMany({ where: { sourceId: uuid(interest) } });
    expect(ledger.map((e) => [e.memberId, e.direction]).sort()).toEqual(
      [
        [camille.id, 'GIVEN'],
        [noor.id, 'RECEIVED'],
      ].sort(),
    );
  });

  it('names each invalid interest and changes nothing', async () => {
    const id = await post(t, camille);
    const other = await post(t, camille, { title: 'Un autre appel d’offres' });
    const mine = await express(t, yanis, id);
    const elsewhere = await express(t, lea, other);
    const result = await mutate(t, camille.as, FORM_TEAM, {
      input: { opportunityId: id, inTeam: [mine, elsewhere], notRetained: [mine] },
    });
    expect(result.fieldErrors.map((e: any) => e.path.join('.'))).toEqual(['input.inTeam.1', 'input.notRetained.0']);
    expect((await t.db.prisma.opportunityInterest.findUniqueOrThrow({ where: { id: uuid(mine) } })).status).toBe(
      'INTERESTED',
    );
  });

  it('is for the managers: the poster and the collective’s coordinators', async () => {
    const coordinator = await person(t, 'coordinatrice');
    const { gid } = await collective(t, 'les-relieurs', [camille, coordinator], [noor]);
    const id = await post(t, camille, { collectiveId: gid });
    const interest = await express(t, yanis, id);
    expect(await refusal(t, noor.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [interest] } })).toBe(
      'FORBIDDEN',
    );
    expect(await refusal(t, lea.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [interest] } })).toBe('FORBIDDEN');
    const result = await mutate(t, coordinator.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [interest] } });
    expect(result.opportunity.team).toEqual([{ handle: 'yanis' }]);
    // The poster hears of the coordinator's decision.
    expect((await notificationsOf(t, camille)).at(-1)).toMatchObject({
      kind: 'opportunity.team_updated',
      data: { joined: 1 },
    });
  });

  it('keeps a withdrawal and a decision from overlapping', async () => {
    const id = await post(t, camille);
    const interest = await express(t, lea, id);
    const [withdrawn, formed] = await Promise.all([
      mutate(t, lea.as, WITHDRAW, { id }),
      mutate(t, camille.as, FORM_TEAM, { input: { opportunityId: id, inTeam: [interest] } }),
    ]);
    const row = await t.db.prisma.opportunityInterest.findUniqueOrThrow({ where: { id: uuid(interest) } });
    const entries = await t.db.prisma.contributionEntry.count({ where: { sourceId: uuid(interest) } });
    // Whichever came first wins, and the ledger agrees with the outcome.
    expect([
      { status: 'WITHDRAWN', entries: 0, results: ['OpportunityInterestSuccess', 'ValidationError'] },
      { status: 'IN_TEAM', entries: 1, results: ['ConflictError', 'OpportunitySuccess'] },
    ]).toContainEqual({ status: row.status, entries, results: [withdrawn.__typename, formed.__typename] });
  });
});
