// Writing pages: a member's own, a collective's by its coordinators, the federation's by admins;
// publishing (with its webhook), withdrawing, and validation that names each offending field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { PAGE_FIELDS, SAMPLE_INPUT_SECTIONS, dbId, personWithSession } from './fixtures.ts';

let t: TestGateway;
let camille: { member: { id: string; handle: string }; as: As };
let admin: { member: { id: string }; as: As };
let coordinator: { member: { id: string }; as: As };
let collectiveId: string;

const SAVE_MINE = `mutation($input: SavePageInput!) { saveMyPage(input: $input) {
  __typename
  ... on VisibilityPageSuccess { page { ${PAGE_FIELDS} } }
  ... on ValidationError { fieldErrors { path message } }
  ... on ConflictError { message }
} }`;
const PUBLISH = `mutation($id: ID!) { publishPage(id: $id) { __typename ... on VisibilityPageSuccess { page { published publishedAt } } ... on Error { message } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawPage(id: $id) { __typename ... on VisibilityPageSuccess { page { published } } } }`;
const READ = `query($slug: String!) { visibilityPage(slug: $slug) { slug published title } }`;

beforeAll(async () => {
  t = await startTestGateway();
  camille = await personWithSession(t, 'camille-martin');
  admin = await personWithSession(t, 'admin-federation', { role: 'ADMIN' });
  coordinator = await personWithSession(t, 'lea-coordinatrice');
  const collective = await t.db.prisma.collective.create({
    data: { slug: 'com-engagee', name: 'Com’ engagée', purpose: 'Communiquer juste.' },
  });
  collectiveId = collective.id;
  await t.db.prisma.collectiveMembership.create({
    data: { collectiveId, memberId: coordinator.member.id, role: 'COORDINATOR', status: 'ACTIVE' },
  });
  await t.db.prisma.webhook.create({
    data: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_test', events: ['page.published'] },
  });
});
afterAll(() => t?.stop());

describe('a member’s own page', () => {
  let pageId: string;

  it('is created as a draft at the member’s handle, with every kind of section', async () => {
    const { body } = await t.graphql(
      SAVE_MINE,
      {
        input: { title: 'Camille Martin', seoDescription: 'Conseil RSE en Bretagne', sections: SAMPLE_INPUT_SECTIONS },
      },
      camille.as,
    );
    const page = body.data.saveMyPage.page;
    pageId = page.id;
    expect(page).toMatchObject({
      slug: 'camille-martin',
      published: false,
      publishedAt: null,
      ownerKind: 'MEMBER',
      member: { handle: 'camille-martin' },
    });
    expect(page.url).toMatch(/\/membres\/camille-martin$/);
    expect(page.sections).toEqual([
      {
        __typename: 'TextSection',
        kind: 'TEXT',
        title: 'Mon parcours',
        markdown: 'Consultante **RSE** depuis 2015.',
        html: '<p>Consultante <strong>RSE</strong> depuis 2015.</p>',
      },
      {
        __typename: 'ServicesSection',
        kind: 'SERVICES',
        items: [{ title: 'Bilan carbone', description: 'Pour les TPE.' }],
      },
      {
        __typename: 'ReferencesSection',
        kind: 'REFERENCES',
        items: [{ client: 'Mairie de Rennes', description: 'Plan climat.' }],
      },
      {
        __typename: 'CallToActionSection',
        kind: 'CALL_TO_ACTION',
        label: 'Prendre rendez-vous',
        action: 'URL',
        url: 'https://agenda.example.fr/camille',
      },
    ]);
    // A draft is not online: a visitor does not find it.
    expect((await t.graphql(READ, { slug: 'camille-martin' })).body.data.visibilityPage).toBeNull();
  });

  it('is replaced as a whole by the next save, keeping its address', async () => {
    const { body } = await t.graphql(
      SAVE_MINE,
      {
        input: {
          title: 'Camille Martin — conseil RSE',
          sections: [{ text: { title: 'Bonjour', markdown: 'Nouveau texte.' } }],
        },
      },
      camille.as,
    );
    expect(body.data.saveMyPage.page).toMatchObject({
      id: pageId,
      slug: 'camille-martin',
      title: 'Camille Martin — conseil RSE',
      seoDescription: '',
    });
    expect(body.data.saveMyPage.page.sections).toHaveLength(1);
    expect(await t.db.prisma.visibilityPage.count({ where: { memberId: camille.member.id } })).toBe(1);
  });

  it('goes online when published, and the page.published webhook is queued in the same transaction', async () => {
    const { body } = await t.graphql(PUBLISH, { id: pageId }, camille.as);
    expect(body.data.publishPage.page.published).toBe(true);
    expect((await t.graphql(READ, { slug: 'camille-martin' })).body.data.visibilityPage).toMatchObject({
      published: true,
    });
    const delivery = await t.db.prisma.webhookDelivery.findFirstOrThrow({ where: { event: 'page.published' } });
    expect(delivery.payload).toMatchObject({
      page: {
        id: pageId,
        slug: 'camille-martin',
        ownerKind: 'MEMBER',
        url: expect.stringMatching(/\/membres\/camille-martin$/),
      },
    });
    expect(
      await t.db.prisma.auditLogEntry.count({
        where: { action: 'page.published', targetId: dbId(pageId), actorId: camille.member.id },
      }),
    ).toBe(1);
  });

  it('publishing again changes nothing and queues no second event', async () => {
    await t.graphql(PUBLISH, { id: pageId }, camille.as);
    expect(await t.db.prisma.webhookDelivery.count({ where: { event: 'page.published' } })).toBe(1);
  });

  it('is taken offline by its owner with withdrawPage, and can be published again', async () => {
    expect((await t.graphql(WITHDRAW, { id: pageId }, camille.as)).body.data.withdrawPage.page.published).toBe(false);
    expect((await t.graphql(READ, { slug: 'camille-martin' })).body.data.visibilityPage).toBeNull();
    expect((await t.graphql(PUBLISH, { id: pageId }, camille.as)).body.data.publishPage.page.published).toBe(true);
  });

  it('cannot be published or withdrawn by another member', async () => {
    const other = await personWithSession(t, 'autre-membre');
    const { body } = await t.graphql(WITHDRAW, { id: pageId }, other.as);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(READ, { slug: 'camille-martin' })).body.data.visibilityPage.published).toBe(true);
  });

  it('follows the member’s handle, and says so when another page already holds that name', async () => {
    const other = await personWithSession(t, 'collectif-homonyme');
    await t.db.prisma.visibilityPage.create({
      data: { slug: 'collectif-homonyme', ownerKind: 'FEDERATION', title: 'Déjà là', sections: [] },
    });
    const { body } = await t.graphql(SAVE_MINE, { input: { title: 'Homonyme', sections: [] } }, other.as);
    expect(body.data.saveMyPage).toMatchObject({ __typename: 'ConflictError' });
    expect(await t.db.prisma.visibilityPage.count({ where: { memberId: other.member.id } })).toBe(0);
  });
});

describe('validation', () => {
  it('lists each offending field by its path, and writes nothing', async () => {
    const sections = [
      { text: { title: '', markdown: 'ok' } },
      { services: { items: [] } },
      { callToAction: { label: 'Voir', action: 'URL', url: 'javascript:alert(1)' } },
      { callToAction: { label: 'x'.repeat(61), action: 'CONTACT' } },
    ];
    const { body } = await t.graphql(
      SAVE_MINE,
      { input: { title: 'A', seoDescription: 'd'.repeat(301), sections } },
      coordinator.as,
    );
    expect(body.data.saveMyPage.__typename).toBe('ValidationError');
    expect(body.data.saveMyPage.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'input.sections.0.text.title',
      'input.sections.1.services.items',
      'input.sections.2.callToAction.url',
      'input.sections.3.callToAction.label',
      'input.seoDescription',
      'input.title',
    ]);
    expect(await t.db.prisma.visibilityPage.count({ where: { memberId: coordinator.member.id } })).toBe(0);
  });

  it('refuses a section that is not exactly one kind, before anything runs', async () => {
    const { body } = await t.graphql(
      SAVE_MINE,
      {
        input: {
          title: 'Deux sortes',
          sections: [{ text: { title: 'a', markdown: 'b' }, services: { items: [{ title: 'c' }] } }],
        },
      },
      coordinator.as,
    );
    expect(body.errors?.[0]?.message).toMatch(/exactly one/i);
  });

  it('needs at least one section to publish', async () => {
    const empty = await personWithSession(t, 'page-vide');
    const saved = await t.graphql(SAVE_MINE, { input: { title: 'Page vide', sections: [] } }, empty.as);
    const { body } = await t.graphql(PUBLISH, { id: saved.body.data.saveMyPage.page.id }, empty.as);
    expect(body.data.publishPage).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringMatching(/at least one section/),
    });
  });
});

describe('a collective’s page and the federation’s', () => {
  const SAVE_COLLECTIVE = `mutation($id: ID!, $input: SavePageInput!) { saveCollectivePage(collectiveId: $id, input: $input) {
    __typename ... on VisibilityPageSuccess { page { id slug ownerKind collective { slug } } } } }`;
  const SAVE_FEDERATION = `mutation($input: SavePageInput!) { saveFederationPage(input: $input) {
    __typename ... on VisibilityPageSuccess { page { id slug ownerKind url } } } }`;

  it('is written and published by a coordinator, at the collective’s slug', async () => {
    const { body } = await t.graphql(
      SAVE_COLLECTIVE,
      { id: globalId('Collective', collectiveId), input: { title: 'Com’ engagée', sections: SAMPLE_INPUT_SECTIONS } },
      coordinator.as,
    );
    const page = body.data.saveCollectivePage.page;
    expect(page).toMatchObject({ slug: 'com-engagee', ownerKind: 'COLLECTIVE', collective: { slug: 'com-engagee' } });
    expect((await t.graphql(PUBLISH, { id: page.id }, coordinator.as)).body.data.publishPage.page.published).toBe(true);
  });

  it('is refused to a member of the federation who does not coordinate the collective', async () => {
    const { body } = await t.graphql(
      SAVE_COLLECTIVE,
      { id: globalId('Collective', collectiveId), input: { title: 'Pirate', sections: [] } },
      camille.as,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const page = await t.db.prisma.visibilityPage.findUniqueOrThrow({ where: { collectiveId } });
    expect(page.title).toBe('Com’ engagée');
  });

  it('is frozen once the collective is archived', async () => {
    await t.db.prisma.collective.update({
      where: { id: collectiveId },
      data: { status: 'ARCHIVED', archivedAt: new Date() },
    });
    const { body } = await t.graphql(
      SAVE_COLLECTIVE,
      { id: globalId('Collective', collectiveId), input: { title: 'Après archivage', sections: [] } },
      coordinator.as,
    );
    expect(body.data.saveCollectivePage.__typename).toBe('ConflictError');
    await t.db.prisma.collective.update({ where: { id: collectiveId }, data: { status: 'ACTIVE', archivedAt: null } });
  });

  it('lets admins write the federation’s page, and only them', async () => {
    const denied = await t.graphql(
      SAVE_FEDERATION,
      { input: { title: 'Fédération', sections: SAMPLE_INPUT_SECTIONS } },
      camille.as,
    );
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body } = await t.graphql(
      SAVE_FEDERATION,
      { input: { title: 'Fédération des ÉkôActeurs', sections: SAMPLE_INPUT_SECTIONS } },
      admin.as,
    );
    expect(body.data.saveFederationPage.page).toMatchObject({
      slug: 'federation',
      ownerKind: 'FEDERATION',
      url: expect.stringMatching(/^https?:\/\/[^/]+\/$/),
    });
  });

  it('creates one page when two first saves race', async () => {
    const racer = await personWithSession(t, 'deux-onglets');
    const input = { title: 'Deux onglets', sections: SAMPLE_INPUT_SECTIONS };
    const results = await Promise.all([
      t.graphql(SAVE_MINE, { input }, racer.as),
      t.graphql(SAVE_MINE, { input }, racer.as),
    ]);
    expect(results.map((r) => r.body.data.saveMyPage.__typename)).toEqual([
      'VisibilityPageSuccess',
      'VisibilityPageSuccess',
    ]);
    expect(await t.db.prisma.visibilityPage.count({ where: { memberId: racer.member.id } })).toBe(1);
  });
});
