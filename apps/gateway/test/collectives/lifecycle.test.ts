// Creating, finding, editing and archiving collectives; what visitors, members and admins see.
import { COLLECTIVE_RULES } from '@ekoacteurs/contract/input-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listToVisitors, startTestGateway, type TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';
import {
  bringIn,
  createCollective,
  CREATE,
  deniedCode,
  failure,
  notificationsOf,
  payload,
  type CollectiveRef,
} from './setup.ts';

let t: TestGateway;
let camille: Person;
let malik: Person;
let outsider: Person;
let admin: Person;
let atelier: CollectiveRef;

beforeAll(async () => {
  t = await startTestGateway();
  [camille, malik, outsider, admin] = await Promise.all([
    person(t, 'camille-roux'),
    person(t, 'malik-benali'),
    person(t, 'ines-moreau'),
    person(t, 'admin-federation', { role: 'ADMIN' }),
  ]);
  atelier = await createCollective(t, camille.as, {
    name: 'L’Atelier Coopératif de Nantes',
    purpose: 'Répondre ensemble aux appels d’offres de communication en Pays de la Loire.',
    description: 'Nous nous retrouvons le premier lundi du mois.',
    region: 'Pays de la Loire',
    charter: ['Une seule personne référente par client.', 'Les devis sont construits ensemble.'],
  });
  await bringIn(t, camille, atelier, malik);
  // Visitors see only members listed to visitors with a published page: the two in the collective are.
  await listToVisitors(t, camille.id);
  await listToVisitors(t, malik.id);
});
afterAll(() => t?.stop());

const DETAIL = `query($slug: String!) {
  collective(slug: $slug) {
    name slug purpose region status description
    charter { position text }
    members(first: 10) { totalCount edges { node { role responsibilities member { handle } } } }
    memberships { totalCount }
    commitments(first: 5) { totalCount }
    journal(first: 5) { totalCount }
  }
}`;

describe('creating a collective', () => {
  it('makes its creator the coordinator, with the first charter accepted and a slug from the name', async () => {
    expect(atelier.slug).toBe('l-atelier-cooperatif-de-nantes');
    const { body } = await t.graphql(DETAIL, { slug: atelier.slug }, camille.as);
    const collective = body.data.collective;
    expect(collective.charter).toEqual([
      { position: 1, text: 'Une seule personne référente par client.' },
      { position: 2, text: 'Les devis sont construits ensemble.' },
    ]);
    expect(collective.members.edges[0].node).toMatchObject({ role: 'COORDINATOR', member: { handle: 'camille-roux' } });
    const founder = await t.db.prisma.collectiveMembership.findFirstOrThrow({ where: { memberId: camille.id } });
    expect(founder.charterAccepted).not.toBeNull();
    expect(
      await t.db.prisma.auditLogEntry.count({ where: { action: 'collective.created', targetId: atelier.id } }),
    ).toBe(1);
  });

  it('gives a second collective of the same name the next free slug, and never a member’s handle', async () => {
    const twin = await createCollective(t, malik.as, { name: 'L’Atelier Coopératif de Nantes' });
    expect(twin.slug).toBe('l-atelier-cooperatif-de-nantes-2');
    const namesake = await createCollective(t, malik.as, { name: 'Camille Roux' });
    expect(namesake.slug).toBe('camille-roux-2');
  });

  it('lists each invalid field, and creates nothing', async () => {
    const before = await t.db.prisma.collective.count();
    const response = await t.graphql(
      CREATE,
      { input: { name: 'x', purpose: 'court', charter: ['ok', 'Un engagement valable.'] } },
      camille.as,
    );
    const error = failure(response, 'createCollective');
    expect(error.__typename).toBe('ValidationError');
    expect(error.fieldErrors!.map((e) => e.path.join('.')).sort()).toEqual([
      'input.charter.0',
      'input.name',
      'input.purpose',
    ]);
    expect(await t.db.prisma.collective.count()).toBe(before);
  });

  it('holds each text to the input rules the portal reads: one character past the longest is refused', async () => {
    const over = (rule: { max: number }) => 'x'.repeat(rule.max + 1);
    const rules = COLLECTIVE_RULES;
    const response = await t.graphql(
      CREATE,
      {
        input: {
          name: over(rules.name),
          purpose: over(rules.purpose),
          description: over(rules.description),
          region: over(rules.region),
          charter: [over(rules.agreement)],
        },
      },
      camille.as,
    );
    const error = failure(response, 'createCollective');
    expect(error.fieldErrors!.map((e) => e.path.join('.')).sort()).toEqual([
      'input.charter.0',
      'input.description',
      'input.name',
      'input.purpose',
      'input.region',
    ]);
    const [name] = error.fieldErrors!.filter((e) => e.path.join('.') === 'input.name');
    expect(name!.message).toBe(`Use at most ${rules.name.max} characters.`);
  });

  it('is for active members only: visitors and read-only tokens are refused', async () => {
    const input = { name: 'Collectif fantôme', purpose: 'Ne devrait jamais exister, faute de droits.' };
    expect(deniedCode(await t.graphql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    const suspended = await person(t, 'suspendu', { status: 'SUSPENDED' });
    expect(deniedCode(await t.graphql(CREATE, { input }, suspended.as))).toBe('ACCOUNT_SUSPENDED');
    expect(await t.db.prisma.collective.count({ where: { name: 'Collectif fantôme' } })).toBe(0);
  });
});

describe('what each one sees', () => {
  it('shows visitors only the public face: name, purpose, region, members and roles', async () => {
    const { body } = await t.graphql(DETAIL, { slug: atelier.slug });
    expect(body.errors).toBeUndefined();
    const collective = body.data.collective;
    expect(collective).toMatchObject({
      name: 'L’Atelier Coopératif de Nantes',
      region: 'Pays de la Loire',
      status: 'ACTIVE',
    });
    expect(collective.description).toBeNull();
    expect(collective.charter).toBeNull();
    expect(collective.memberships).toBeNull();
    expect(collective.commitments).toBeNull();
    expect(collective.journal).toBeNull();
    expect(collective.members.totalCount).toBe(2);
    expect(
      collective.members.edges.map((e: any) => [e.node.member.handle, e.node.role, e.node.responsibilities]),
    ).toEqual([
      ['camille-roux', 'COORDINATOR', null],
      ['malik-benali', 'MEMBER', null],
    ]);
  });

  it('shows a member of the federation the charter (to decide whether to join), not the private parts', async () => {
    const { body } = await t.graphql(DETAIL, { slug: atelier.slug }, outsider.as);
    expect(body.data.collective.charter).toHaveLength(2);
    expect(body.data.collective.description).toBeNull();
    expect(body.data.collective.commitments).toBeNull();
  });

  it('shows its members and admins everything', async () => {
    for (const viewer of [malik, admin]) {
      const { body } = await t.graphql(DETAIL, { slug: atelier.slug }, viewer.as);
      expect(body.errors).toBeUndefined();
      expect(body.data.collective.description).toBe('Nous nous retrouvons le premier lundi du mois.');
      expect(body.data.collective.commitments.totalCount).toBe(0);
      expect(body.data.collective.journal.totalCount).toBe(0);
      expect(body.data.collective.members.edges[1].node.responsibilities).toBe('');
    }
  });

  it('answers null for an unknown slug', async () => {
    const { body } = await t.graphql(`{ collective(slug: "nulle-part") { name } }`);
    expect(body.data.collective).toBeNull();
  });

  it('lists a member’s collectives on their profile, publicly', async () => {
    const { body } = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on Member { collectives { role collective { slug } } } } }`,
      { id: malik.gid },
    );
    expect(body.data.node.collectives).toContainEqual({ role: 'MEMBER', collective: { slug: atelier.slug } });
  });
});

describe('the list of collectives', () => {
  const LIST = `query($search: String, $region: String, $status: CollectiveStatus, $first: Int) {
    collectives(search: $search, region: $region, status: $status, first: $first) { totalCount edges { node { slug } } }
  }`;

  it('finds collectives by words of their name or purpose, case-insensitively', async () => {
    const byPurpose = await t.graphql(LIST, { search: 'APPELS D’OFFRES' });
    expect(byPurpose.body.data.collectives.edges.map((e: any) => e.node.slug)).toEqual([atelier.slug]);
    const byName = await t.graphql(LIST, { search: 'coopératif' });
    expect(byName.body.data.collectives.totalCount).toBe(2);
  });

  it('filters by region and pages with a total count', async () => {
    const { body } = await t.graphql(LIST, { region: 'pays de la loire' });
    expect(body.data.collectives.edges.map((e: any) => e.node.slug)).toEqual([atelier.slug]);
    const page = await t.graphql(LIST, { first: 1 });
    expect(page.body.data.collectives.edges).toHaveLength(1);
    expect(page.body.data.collectives.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('refuses an overlong search as bad input, not a server error', async () => {
    const { status, body } = await t.graphql(LIST, { search: 'x'.repeat(COLLECTIVE_RULES.search.max + 1) });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('editing and archiving', () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateCollectiveInput!) {
    updateCollective(id: $id, input: $input) { __typename ... on CollectiveSuccess { collective { name slug purpose } } ... on Error { message } }
  }`;
  const ARCHIVE = `mutation($id: ID!, $reason: String) {
    archiveCollective(id: $id, reason: $reason) { __typename ... on CollectiveSuccess { collective { status archivedAt } } ... on Error { message } }
  }`;

  it('lets a coordinator rename it; the slug (and so its links) stays', async () => {
    const { collective } = payload(
      await t.graphql(UPDATE, { id: atelier.gid, input: { name: 'Atelier Coop’ Nantes' } }, camille.as),
      'updateCollective',
      'CollectiveSuccess',
    );
    expect(collective).toMatchObject({ name: 'Atelier Coop’ Nantes', slug: atelier.slug });
  });

  it('refuses edits from a plain member, an outsider and an admin', async () => {
    for (const who of [malik, outsider, admin]) {
      expect(deniedCode(await t.graphql(UPDATE, { id: atelier.gid, input: { name: 'Piraté' } }, who.as))).toBe(
        'FORBIDDEN',
      );
    }
    expect((await t.db.prisma.collective.findUniqueOrThrow({ where: { id: atelier.id } })).name).toBe(
      'Atelier Coop’ Nantes',
    );
  });

  it('archives (coordinator or admin), notifies the members, then refuses every change', async () => {
    const other = await createCollective(t, outsider.as, { name: 'Les Passeurs' });
    payload(await t.graphql(ARCHIVE, { id: other.gid }, admin.as), 'archiveCollective', 'CollectiveSuccess');
    const { collective } = payload(
      await t.graphql(ARCHIVE, { id: atelier.gid, reason: 'Fin de l’aventure.' }, camille.as),
      'archiveCollective',
      'CollectiveSuccess',
    );
    expect(collective.status).toBe('ARCHIVED');
    expect(collective.archivedAt).not.toBeNull();
    const [notice] = await notificationsOf(t, malik, 'collective.archived');
    expect(notice?.data).toMatchObject({ slug: atelier.slug, reason: 'Fin de l’aventure.' });

    expect(
      failure(await t.graphql(UPDATE, { id: atelier.gid, input: { name: 'Encore ?' } }, camille.as), 'updateCollective')
        .__typename,
    ).toBe('ConflictError');
    expect(failure(await t.graphql(ARCHIVE, { id: atelier.gid }, camille.as), 'archiveCollective').__typename).toBe(
      'ConflictError',
    );
    const list = await t.graphql(
      `{ collectives { edges { node { slug } } } archived: collectives(status: ARCHIVED) { edges { node { slug } } } }`,
    );
    expect(list.body.data.collectives.edges.map((e: any) => e.node.slug)).not.toContain(atelier.slug);
    expect(list.body.data.archived.edges.map((e: any) => e.node.slug)).toContain(atelier.slug);
  });

  it('answers NotFound for an id that is not a collective’s, without a server error', async () => {
    const ghost = Buffer.from('Collective:not-a-uuid').toString('base64');
    expect(failure(await t.graphql(ARCHIVE, { id: ghost }, admin.as), 'archiveCollective').__typename).toBe(
      'NotFoundError',
    );
  });
});
