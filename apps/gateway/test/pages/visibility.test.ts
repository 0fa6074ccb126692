// Who sees which page: public pages for everyone; drafts, unpublished pages and pages of
// suspended members or archived collectives only for their owner and admins, whatever the path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { memberPage, personWithSession } from './fixtures.ts';

let t: TestGateway;
let owner: { member: { id: string }; as: As };
let visitorMember: { member: { id: string }; as: As };
let admin: { as: As };
let coordinator: { as: As };
let collectiveMember: { as: As };
const anonymous: As = {};
const ids: Record<string, string> = {};

const READ = `query($slug: String!) { visibilityPage(slug: $slug) { slug title unpublishedReason } }`;
const read = async (slug: string, as: As) => (await t.graphql(READ, { slug }, as)).body;

beforeAll(async () => {
  t = await startTestGateway();
  const prisma = t.db.prisma;
  owner = await personWithSession(t, 'proprietaire');
  visitorMember = await personWithSession(t, 'curieuse');
  admin = await personWithSession(t, 'admin', { role: 'ADMIN' });
  coordinator = await personWithSession(t, 'coordinatrice');
  collectiveMember = await personWithSession(t, 'membre-du-collectif');
  const suspended = await personWithSession(t, 'suspendu', { status: 'SUSPENDED' });
  const active = await prisma.collective.create({ data: { slug: 'collectif-actif', name: 'Collectif actif' } });
  const archived = await prisma.collective.create({
    data: { slug: 'collectif-archive', name: 'Collectif archivé', status: 'ARCHIVED' },
  });
  await prisma.collectiveMembership.createMany({
    data: [
      {
        collectiveId: active.id,
        memberId: (await prisma.member.findUniqueOrThrow({ where: { handle: 'coordinatrice' } })).id,
        role: 'COORDINATOR',
        status: 'ACTIVE',
      },
      {
        collectiveId: active.id,
        memberId: (await prisma.member.findUniqueOrThrow({ where: { handle: 'membre-du-collectif' } })).id,
        role: 'MEMBER',
        status: 'ACTIVE',
      },
    ],
  });
  const pages = {
    public: memberPage(visitorMember.member.id, 'page-publique', { published: true, publishedAt: new Date() }),
    draft: memberPage(owner.member.id, 'brouillon'),
    moderated: memberPage(suspended.member.id, 'page-suspendue', { published: true, publishedAt: new Date() }),
    collectiveDraft: {
      slug: 'collectif-brouillon',
      ownerKind: 'COLLECTIVE' as const,
      collectiveId: active.id,
      title: 'Brouillon du collectif',
      sections: [],
    },
    archived: {
      slug: 'collectif-ancien',
      ownerKind: 'COLLECTIVE' as const,
      collectiveId: archived.id,
      title: 'Archivé',
      sections: [],
      published: true,
      publishedAt: new Date(),
    },
    federation: {
      slug: 'federation',
      ownerKind: 'FEDERATION' as const,
      title: 'Fédération',
      sections: [],
      published: true,
      publishedAt: new Date(),
    },
  };
  for (const [key, data] of Object.entries(pages)) ids[key] = (await prisma.visibilityPage.create({ data })).id;
  await prisma.visibilityPage.update({
    where: { id: ids.draft },
    data: { unpublishedReason: 'Contenu publicitaire.', unpublishedAt: new Date() },
  });
});
afterAll(() => t?.stop());

describe('visibilityPage(slug:)', () => {
  it('shows a published page of an active member to anyone, without the private moderation fields', async () => {
    expect(await read('page-publique', anonymous)).toEqual({
      data: { visibilityPage: { slug: 'page-publique', title: 'page-publique', unpublishedReason: null } },
    });
  });

  it('answers null, without an error, for a draft asked by a visitor or another member', async () => {
    expect(await read('brouillon', anonymous)).toEqual({ data: { visibilityPage: null } });
    expect(await read('brouillon', visitorMember.as)).toEqual({ data: { visibilityPage: null } });
  });

  it('shows a draft, with the admin’s reason, to its owner and to admins', async () => {
    expect((await read('brouillon', owner.as)).data.visibilityPage).toMatchObject({
      slug: 'brouillon',
      unpublishedReason: 'Contenu publicitaire.',
    });
    expect((await read('brouillon', admin.as)).data.visibilityPage).toMatchObject({
      slug: 'brouillon',
      unpublishedReason: 'Contenu publicitaire.',
    });
  });

  it('hides the published page of a suspended member and of an archived collective', async () => {
    expect((await read('page-suspendue', anonymous)).data.visibilityPage).toBeNull();
    expect((await read('collectif-ancien', visitorMember.as)).data.visibilityPage).toBeNull();
    expect((await read('page-suspendue', admin.as)).data.visibilityPage).toMatchObject({ slug: 'page-suspendue' });
  });

  it('shows a collective’s draft to its coordinators, not to its other members', async () => {
    expect((await read('collectif-brouillon', coordinator.as)).data.visibilityPage).toMatchObject({
      slug: 'collectif-brouillon',
    });
    expect((await read('collectif-brouillon', collectiveMember.as)).data.visibilityPage).toBeNull();
  });

  it('lets a token read the owner’s draft only with read:network', async () => {
    const publicOnly = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: owner.member.id,
      name: 'site',
      scopes: ['read:public'],
      expiresAt: null,
    });
    const network = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: owner.member.id,
      name: 'outil',
      scopes: ['read:network'],
      expiresAt: null,
    });
    expect((await read('brouillon', { token: publicOnly.secret })).data.visibilityPage).toBeNull();
    expect((await read('brouillon', { token: network.secret })).data.visibilityPage).toMatchObject({
      slug: 'brouillon',
    });
  });

  it('answers null for an unknown or malformed slug', async () => {
    expect((await read('nulle-part', anonymous)).data.visibilityPage).toBeNull();
    expect((await read('../../etc/passwd', anonymous)).data.visibilityPage).toBeNull();
  });
});

describe('other ways to reach a page', () => {
  it('node(id:) does not reveal a draft to a visitor', async () => {
    const { body } = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on VisibilityPage { title sections { kind } } } }`,
      { id: globalId('VisibilityPage', ids.draft!) },
    );
    expect(body.data?.node ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toContain('brouillon');
  });

  it('Member.page: the viewer sees their own draft; others see null', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Member { page { slug published } } } }`;
    // A visitor does not even find a member whose page is not published (visibility/member.ts).
    expect((await t.graphql(query, { id: globalId('Member', owner.member.id) })).body.data?.node ?? null).toBeNull();
    expect(
      (await t.graphql(query, { id: globalId('Member', owner.member.id) }, visitorMember.as)).body.data.node.page,
    ).toBeNull();
    expect((await t.graphql(`{ viewer { page { slug published } } }`, {}, owner.as)).body.data.viewer.page).toEqual({
      slug: 'brouillon',
      published: false,
    });
    expect((await t.graphql(query, { id: globalId('Member', visitorMember.member.id) })).body.data.node.page).toEqual({
      slug: 'page-publique',
      published: true,
    });
  });

  it('Collective.page: a visitor sees null for a draft, its coordinator sees it', async () => {
    const query = `{ collective(slug: "collectif-actif") { page { slug } } }`;
    expect((await t.graphql(query)).body.data.collective.page).toBeNull();
    expect((await t.graphql(query, {}, coordinator.as)).body.data.collective.page).toEqual({
      slug: 'collectif-brouillon',
    });
  });

  it('publicPages lists exactly the public pages', async () => {
    const { body } = await t.graphql(`{ publicPages(first: 50) { totalCount edges { node { slug } } } }`);
    expect(body.data.publicPages.totalCount).toBe(2);
    expect(body.data.publicPages.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual([
      'federation',
      'page-publique',
    ]);
  });
});
