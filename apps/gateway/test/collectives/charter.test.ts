// The charter: coordinators add, reword, reorder and remove agreements; a material change shows who
// accepted an older version; concurrent edits keep positions 1..n.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';
import { bringIn, collectiveOfThree, deniedCode, failure, onPostgres, payload, type CollectiveRef } from './setup.ts';

let t: TestGateway;
let coordinator: Person;
let member: Person;
let outsider: Person;
let collective: CollectiveRef;

const CHARTER = `query($slug: String!) {
  collective(slug: $slug) {
    charterRevisedAt
    charter { id position text }
    members { edges { node { member { handle } acceptedCurrentCharter charterAcceptedAt } } }
  }
}`;
const ADD = `mutation($c: ID!, $text: String!, $position: Int) {
  addCharterAgreement(collectiveId: $c, text: $text, position: $position) { __typename ... on Error { message } ... on ValidationError { fieldErrors { path } } }
}`;
const EDIT = `mutation($id: ID!, $text: String!, $minor: Boolean) {
  editCharterAgreement(id: $id, text: $text, minor: $minor) { __typename ... on Error { message } }
}`;
const REORDER = `mutation($c: ID!, $ids: [ID!]!) {
  reorderCharter(collectiveId: $c, agreementIds: $ids) { __typename ... on CollectiveSuccess { collective { charter { text } } } ... on Error { message } }
}`;
const REMOVE = `mutation($id: ID!) { removeCharterAgreement(id: $id) { __typename ... on Error { message } } }`;
const ACCEPT = `mutation($c: ID!) { acceptCollectiveCharter(collectiveId: $c) { __typename ... on CollectiveMembershipSuccess { membership { acceptedCurrentCharter } } } }`;

async function charter() {
  const { body } = await t.graphql(CHARTER, { slug: collective.slug }, coordinator.as);
  expect(body.errors).toBeUndefined();
  return body.data.collective as {
    charterRevisedAt: string | null;
    charter: { id: string; position: number; text: string }[];
    members: { edges: { node: { member: { handle: string }; acceptedCurrentCharter: boolean } }[] };
  };
}

const texts = async () => (await charter()).charter.map((a) => a.text);
const current = async () =>
  Object.fromEntries((await charter()).members.edges.map((e) => [e.node.member.handle, e.node.acceptedCurrentCharter]));

beforeAll(async () => {
  t = await startTestGateway();
  ({ coordinator, member, outsider, collective } = await collectiveOfThree(
    t,
    { coordinator: 'nadia-coord', member: 'paul-membre', outsider: 'zoe-dehors' },
    { name: 'Les Tisseurs', charter: ['A. On se dit les choses.', 'B. Les devis sont partagés.'] },
  ));
});
afterAll(() => t?.stop());

describe('editing the charter', () => {
  it('adds agreements at the end or at a position, keeping positions 1..n', async () => {
    payload(
      await t.graphql(ADD, { c: collective.gid, text: 'C. On prévient avant de glisser.' }, coordinator.as),
      'addCharterAgreement',
      'CollectiveSuccess',
    );
    payload(
      await t.graphql(ADD, { c: collective.gid, text: 'Z. Préambule.', position: 1 }, coordinator.as),
      'addCharterAgreement',
      'CollectiveSuccess',
    );
    payload(
      await t.graphql(ADD, { c: collective.gid, text: 'Y. Au-delà de la fin.', position: 99 }, coordinator.as),
      'addCharterAgreement',
      'CollectiveSuccess',
    );
    const { charter: agreements } = await charter();
    expect(agreements.map((a) => [a.position, a.text])).toEqual([
      [1, 'Z. Préambule.'],
      [2, 'A. On se dit les choses.'],
      [3, 'B. Les devis sont partagés.'],
      [4, 'C. On prévient avant de glisser.'],
      [5, 'Y. Au-delà de la fin.'],
    ]);
  });

  it('rewords, reorders and removes', async () => {
    const before = await charter();
    const [z, a, b, c, y] = before.charter.map((agreement) => agreement.id);
    payload(
      await t.graphql(EDIT, { id: a, text: 'A. On se dit les choses, vite.' }, coordinator.as),
      'editCharterAgreement',
      'CollectiveSuccess',
    );
    const reordered = payload(
      await t.graphql(REORDER, { c: collective.gid, ids: [a, b, c, y, z] }, coordinator.as),
      'reorderCharter',
      'CollectiveSuccess',
    );
    expect(reordered.collective.charter.map((x: { text: string }) => x.text[0])).toEqual(['A', 'B', 'C', 'Y', 'Z']);
    payload(await t.graphql(REMOVE, { id: y }, coordinator.as), 'removeCharterAgreement', 'CollectiveSuccess');
    payload(await t.graphql(REMOVE, { id: z }, coordinator.as), 'removeCharterAgreement', 'CollectiveSuccess');
    const after = await charter();
    expect(after.charter.map((x) => [x.position, x.text])).toEqual([
      [1, 'A. On se dit les choses, vite.'],
      [2, 'B. Les devis sont partagés.'],
      [3, 'C. On prévient avant de glisser.'],
    ]);
  });

  it('refuses a reorder that does not list the current agreements exactly once', async () => {
    const ids = (await charter()).charter.map((a) => a.id);
    const missing = failure(
      await t.graphql(REORDER, { c: collective.gid, ids: ids.slice(1) }, coordinator.as),
      'reorderCharter',
    );
    expect(missing.__typename).toBe('ConflictError');
    const twice = failure(
      await t.graphql(REORDER, { c: collective.gid, ids: [ids[0], ids[0], ids[1]] }, coordinator.as),
      'reorderCharter',
    );
    expect(twice.__typename).toBe('ValidationError');
    expect(await texts()).toEqual([
      'A. On se dit les choses, vite.',
      'B. Les devis sont partagés.',
      'C. On prévient avant de glisser.',
    ]);
  });

  it('is for coordinators: members and outsiders are refused, and so is an unknown agreement', async () => {
    const [first] = (await charter()).charter;
    for (const who of [member, outsider]) {
      expect(deniedCode(await t.graphql(ADD, { c: collective.gid, text: 'Tout est permis.' }, who.as))).toBe(
        'FORBIDDEN',
      );
      expect(deniedCode(await t.graphql(EDIT, { id: first!.id, text: 'Tout est permis.' }, who.as))).toBe('FORBIDDEN');
      expect(deniedCode(await t.graphql(REMOVE, { id: first!.id }, who.as))).toBe('FORBIDDEN');
    }
    const unknown = Buffer.from('CharterAgreement:01900000-0000-7000-8000-000000000000').toString('base64');
    expect(deniedCode(await t.graphql(REMOVE, { id: unknown }, coordinator.as))).toBe('FORBIDDEN');
    expect((await charter()).charter).toHaveLength(3);
  });

  it('validates the text and the position', async () => {
    const error = failure(
      await t.graphql(ADD, { c: collective.gid, text: ' ', position: 0 }, coordinator.as),
      'addCharterAgreement',
    );
    expect(error.__typename).toBe('ValidationError');
    expect(error.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['text']);
  });
});

describe('accepting the charter', () => {
  it('marks members who accepted before a material change, until they accept again', async () => {
    expect(await current()).toEqual({ 'nadia-coord': true, 'paul-membre': false });
    payload(
      await t.graphql(ACCEPT, { c: collective.gid }, member.as),
      'acceptCollectiveCharter',
      'CollectiveMembershipSuccess',
    );
    expect(await current()).toEqual({ 'nadia-coord': true, 'paul-membre': true });

    const [first] = (await charter()).charter;
    payload(
      await t.graphql(EDIT, { id: first!.id, text: 'A. On se dit les choses, vite et avec tact.' }, coordinator.as),
      'editCharterAgreement',
      'CollectiveSuccess',
    );
    const revised = await charter();
    expect(revised.charterRevisedAt).not.toBeNull();
    // The coordinator who wrote the revision has accepted it; the member has not.
    expect(await current()).toEqual({ 'nadia-coord': true, 'paul-membre': false });
  });

  it('keeps acceptances current after a minor wording fix or a reorder', async () => {
    payload(
      await t.graphql(ACCEPT, { c: collective.gid }, member.as),
      'acceptCollectiveCharter',
      'CollectiveMembershipSuccess',
    );
    const { charter: agreements, charterRevisedAt } = await charter();
    payload(
      await t.graphql(
        EDIT,
        { id: agreements[1]!.id, text: 'B. Les devis sont partagés entre nous.', minor: true },
        coordinator.as,
      ),
      'editCharterAgreement',
      'CollectiveSuccess',
    );
    payload(
      await t.graphql(REORDER, { c: collective.gid, ids: agreements.map((a) => a.id).reverse() }, coordinator.as),
      'reorderCharter',
      'CollectiveSuccess',
    );
    expect((await charter()).charterRevisedAt).toBe(charterRevisedAt);
    expect(await current()).toEqual({ 'nadia-coord': true, 'paul-membre': true });
  });
});

describe.runIf(onPostgres)('concurrent edits (PostgreSQL)', () => {
  it('two coordinators reordering and adding at once leave a whole charter numbered 1..n', async () => {
    const second = await person(t, 'second-coord');
    await bringIn(t, coordinator, collective, second);
    const membership = await t.db.prisma.collectiveMembership.findFirstOrThrow({ where: { memberId: second.id } });
    await t.db.prisma.collectiveMembership.update({ where: { id: membership.id }, data: { role: 'COORDINATOR' } });
    const ids = (await charter()).charter.map((a) => a.id);
    const results = await Promise.all([
      t.graphql(REORDER, { c: collective.gid, ids: [...ids].reverse() }, coordinator.as),
      t.graphql(REORDER, { c: collective.gid, ids: [ids[1], ids[0], ids[2]] }, second.as),
      t.graphql(ADD, { c: collective.gid, text: 'D. Ajouté pendant le tri.' }, second.as),
      t.graphql(ADD, { c: collective.gid, text: 'E. Ajouté aussi.', position: 1 }, coordinator.as),
    ]);
    for (const result of results) expect(result.body.errors).toBeUndefined();
    const rows = await t.db.prisma.charterAgreement.findMany({
      where: { collectiveId: collective.id },
      orderBy: { position: 'asc' },
    });
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(rows.map((r) => r.text)).size).toBe(5);
  });
});
