// Commitments: who may make them and change them, their history, date rules, and who sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { person, tokenFor, type Person } from '../people.ts';
import {
  bringIn,
  collectiveOfThree,
  deniedCode,
  failure,
  notificationsOf,
  onPostgres,
  payload,
  type CollectiveRef,
} from './setup.ts';

let t: TestGateway;
let coordinator: Person;
let member: Person;
let colleague: Person;
let outsider: Person;
let collective: CollectiveRef;

const CREATE = `mutation($input: CreateCommitmentInput!) {
  createCommitment(input: $input) {
    __typename
    ... on CommitmentSuccess { commitment { id description dueOn status member { handle } changes { toStatus toDueOn changedBy { handle } } } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const CHANGE = `mutation($id: ID!, $input: ChangeCommitmentStatusInput!) {
  changeCommitmentStatus(id: $id, input: $input) {
    __typename
    ... on CommitmentSuccess { commitment { status dueOn changes { fromStatus toStatus fromDueOn toDueOn note changedBy { handle } } } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

/** A calendar day `days` from today (UTC is close enough to Paris for whole weeks). */
function inDays(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await startTestGateway();
  ({ coordinator, member, outsider, collective } = await collectiveOfThree(
    t,
    { coordinator: 'rose-coord', member: 'tom-membre', outsider: 'max-dehors' },
    { name: 'Les Engagés' },
  ));
  colleague = await person(t, 'eva-collegue');
  await bringIn(t, coordinator, collective, colleague);
});
afterAll(() => t?.stop());

async function commit(as: Person, input: Record<string, unknown>) {
  return t.graphql(
    CREATE,
    { input: { collectiveId: collective.gid, description: 'Envoyer le devis commun', dueOn: inDays(14), ...input } },
    as.as,
  );
}

describe('making commitments', () => {
  it('lets a member commit themself, recording the creation in the history', async () => {
    const { commitment } = payload(await commit(member, {}), 'createCommitment', 'CommitmentSuccess');
    expect(commitment).toMatchObject({ status: 'OPEN', dueOn: inDays(14), member: { handle: 'tom-membre' } });
    expect(commitment.changes).toEqual([
      { toStatus: 'OPEN', toDueOn: inDays(14), changedBy: { handle: 'tom-membre' } },
    ]);
    expect(await notificationsOf(t, member, 'collective.commitment_assigned')).toHaveLength(0);
  });

  it('lets a coordinator commit a member, who is notified', async () => {
    const { commitment } = payload(
      await commit(coordinator, { memberId: member.gid, description: 'Relire la plaquette' }),
      'createCommitment',
      'CommitmentSuccess',
    );
    expect(commitment.member.handle).toBe('tom-membre');
    const [notice] = await notificationsOf(t, member, 'collective.commitment_assigned');
    expect(notice?.data).toMatchObject({ description: 'Relire la plaquette', dueOn: inDays(14) });
  });

  it('refuses a member committing someone else, and outsiders', async () => {
    expect(deniedCode(await commit(member, { memberId: colleague.gid }))).toBe('FORBIDDEN');
    expect(deniedCode(await commit(outsider, {}))).toBe('FORBIDDEN');
    const readOnly = await tokenFor(t, member, ['read:network']);
    expect(
      deniedCode(
        await t.graphql(
          CREATE,
          { input: { collectiveId: collective.gid, description: 'Par jeton', dueOn: inDays(3) } },
          readOnly,
        ),
      ),
    ).toBe('INSUFFICIENT_SCOPE');
  });

  it('refuses committing someone who is not an active member of the collective', async () => {
    const error = failure(await commit(coordinator, { memberId: outsider.gid }), 'createCommitment');
    expect(error.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['input.memberId']);
  });

  it('refuses a Date that is not a calendar day with BAD_USER_INPUT (docs/errors.md), before anything runs', async () => {
    for (const dueOn of ['2026-02-30', '14/03/2026', '2026-03-14T10:00:00Z']) {
      const { body } = await commit(member, { dueOn });
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('YYYY-MM-DD');
    }
    const inline = await t.graphql(
      `mutation($c: ID!) { createCommitment(input: { collectiveId: $c, description: "Relire", dueOn: "2026-13-01" }) { __typename } }`,
      { c: collective.gid },
      member.as,
    );
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('validates the description and the date, without a server error', async () => {
    for (const dueOn of [inDays(-3), '2999-01-01']) {
      const error = failure(await commit(member, { dueOn }), 'createCommitment');
      expect(error.__typename).toBe('ValidationError');
      expect(error.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['input.dueOn']);
    }
    const error = failure(await commit(member, { description: 'x' }), 'createCommitment');
    expect(error.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['input.description']);
  });
});

describe('changing a commitment', () => {
  let id: string;
  beforeAll(async () => {
    id = payload(
      await commit(member, { description: 'Préparer la réunion de rentrée', dueOn: inDays(7) }),
      'createCommitment',
      'CommitmentSuccess',
    ).commitment.id;
  });

  it('renegotiates with a new date and keeps who changed what, when, with the note', async () => {
    const { commitment } = payload(
      await t.graphql(
        CHANGE,
        { id, input: { status: 'RENEGOTIATED', dueOn: inDays(21), note: 'Le client a décalé.' } },
        member.as,
      ),
      'changeCommitmentStatus',
      'CommitmentSuccess',
    );
    expect(commitment).toMatchObject({ status: 'RENEGOTIATED', dueOn: inDays(21) });
    expect(commitment.changes[1]).toEqual({
      fromStatus: 'OPEN',
      toStatus: 'RENEGOTIATED',
      fromDueOn: inDays(7),
      toDueOn: inDays(21),
      note: 'Le client a décalé.',
      changedBy: { handle: 'tom-membre' },
    });
  });

  it('lets a coordinator mark it; the member is notified', async () => {
    const { commitment } = payload(
      await t.graphql(CHANGE, { id, input: { status: 'KEPT', note: 'Bravo.' } }, coordinator.as),
      'changeCommitmentStatus',
      'CommitmentSuccess',
    );
    expect(commitment.status).toBe('KEPT');
    expect(commitment.changes.map((c: { toStatus: string }) => c.toStatus)).toEqual(['OPEN', 'RENEGOTIATED', 'KEPT']);
    expect((await notificationsOf(t, member, 'collective.commitment_changed')).at(-1)?.data).toMatchObject({
      status: 'KEPT',
      note: 'Bravo.',
    });
  });

  it('refuses a colleague changing someone else’s commitment', async () => {
    expect(deniedCode(await t.graphql(CHANGE, { id, input: { status: 'MISSED' } }, colleague.as))).toBe('FORBIDDEN');
    expect(deniedCode(await t.graphql(CHANGE, { id, input: { status: 'MISSED' } }, outsider.as))).toBe('FORBIDDEN');
  });

  it('applies the date rules and refuses a change to the same status', async () => {
    const noDate = failure(
      await t.graphql(CHANGE, { id, input: { status: 'RENEGOTIATED' } }, member.as),
      'changeCommitmentStatus',
    );
    expect(noDate.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['input.dueOn']);
    const dateWithoutRenegotiation = failure(
      await t.graphql(CHANGE, { id, input: { status: 'MISSED', dueOn: inDays(30) } }, member.as),
      'changeCommitmentStatus',
    );
    expect(dateWithoutRenegotiation.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['input.dueOn']);
    expect(
      failure(await t.graphql(CHANGE, { id, input: { status: 'KEPT' } }, member.as), 'changeCommitmentStatus')
        .__typename,
    ).toBe('ConflictError');
  });
});

describe('who sees commitments', () => {
  const LIST = `query($slug: String!, $m: ID) {
    collective(slug: $slug) { commitments(memberId: $m, statuses: [OPEN, RENEGOTIATED, KEPT]) { totalCount edges { node { description dueOn } } } }
  }`;

  it('lists them soonest due first for members and admins, filtered by member', async () => {
    const { body } = await t.graphql(LIST, { slug: collective.slug, m: member.gid }, colleague.as);
    const dates = body.data.collective.commitments.edges.map((e: any) => e.node.dueOn);
    expect(dates).toEqual([...dates].sort());
    expect(body.data.collective.commitments.totalCount).toBe(3);
    const admin = await person(t, 'admin-engagements', { role: 'ADMIN' });
    expect(
      (await t.graphql(LIST, { slug: collective.slug }, admin.as)).body.data.collective.commitments.totalCount,
    ).toBe(3);
  });

  it('hides them from outsiders, even by global id', async () => {
    expect((await t.graphql(LIST, { slug: collective.slug }, outsider.as)).body.data.collective.commitments).toBeNull();
    const [row] = await t.db.prisma.commitment.findMany({ where: { collectiveId: collective.id }, take: 1 });
    const node = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on Commitment { description } } }`,
      { id: Buffer.from(`Commitment:${row!.id}`).toString('base64') },
      outsider.as,
    );
    expect(node.body.data?.node ?? null).toBeNull();
    expect(JSON.stringify(node.body)).not.toContain(row!.description);
  });

  it('shows a suspended member as null to others, not as an error', async () => {
    await t.db.prisma.member.update({ where: { id: colleague.id }, data: { status: 'SUSPENDED' } });
    await t.db.prisma.commitment.create({
      data: {
        collectiveId: collective.id,
        memberId: colleague.id,
        description: 'Avant la suspension',
        dueOn: new Date(`${inDays(5)}T00:00:00Z`),
      },
    });
    const { body } = await t.graphql(
      `query($slug: String!) { collective(slug: $slug) { commitments { edges { node { description member { handle } } } } } }`,
      { slug: collective.slug },
      member.as,
    );
    expect(body.errors).toBeUndefined();
    const row = body.data.collective.commitments.edges.find((e: any) => e.node.description === 'Avant la suspension');
    expect(row.node.member).toBeNull();
  });
});

describe.runIf(onPostgres)('races (PostgreSQL)', () => {
  it('two changes at once each record the status the other left', async () => {
    const { commitment } = payload(
      await commit(member, { description: 'Sous pression', dueOn: inDays(10) }),
      'createCommitment',
      'CommitmentSuccess',
    );
    await Promise.all([
      t.graphql(CHANGE, { id: commitment.id, input: { status: 'KEPT' } }, member.as),
      t.graphql(CHANGE, { id: commitment.id, input: { status: 'MISSED' } }, coordinator.as),
    ]);
    const rowId = Buffer.from(commitment.id, 'base64').toString().split(':')[1]!;
    const changes = await t.db.prisma.commitmentChange.findMany({
      where: { commitmentId: rowId },
      orderBy: { createdAt: 'asc' },
    });
    expect(changes.map((c) => c.fromStatus)).toEqual([null, 'OPEN', changes[1]!.toStatus]);
  });
});
