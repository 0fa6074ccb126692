// Moderation: visitors report public pages (limited per address), admins see and resolve the
// reports, and take a page offline with a reason the owner is told and sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_PER_IP } from '../../src/schema/pages/page-reports.ts';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { memberPage, personWithSession } from './fixtures.ts';

let t: TestGateway;
let owner: { member: { id: string }; as: As };
let admin: { member: { id: string }; as: As };
let pageId: string;
let draftId: string;

const REPORT = `mutation($id: ID!, $reason: String!) { reportPage(pageId: $id, reason: $reason) {
  __typename ... on ReportPageSuccess { message } ... on ValidationError { fieldErrors { path } } } }`;
const REPORTS = `query($status: PageReportStatus) { pageReports(first: 20, status: $status) { totalCount edges { node { id reason resolvedAt page { slug published } } } } }`;
const UNPUBLISH = `mutation($id: ID!, $reason: String!) { unpublishPage(id: $id, reason: $reason) {
  __typename ... on VisibilityPageSuccess { page { published unpublishedReason unpublishedAt } } ... on Error { message } } }`;
const PUBLISH = `mutation($id: ID!) { publishPage(id: $id) { __typename ... on VisibilityPageSuccess { page { published unpublishedReason } } ... on Error { message } } }`;

beforeAll(async () => {
  t = await startTestGateway();
  owner = await personWithSession(t, 'marc-dupont');
  admin = await personWithSession(t, 'admin', { role: 'ADMIN' });
  pageId = (
    await t.db.prisma.visibilityPage.create({
      data: memberPage(owner.member.id, 'marc-dupont', { published: true, publishedAt: new Date() }),
    })
  ).id;
  const other = await personWithSession(t, 'brouillonne');
  draftId = (await t.db.prisma.visibilityPage.create({ data: memberPage(other.member.id, 'brouillonne') })).id;
});
afterAll(() => t?.stop());

describe('reports', () => {
  it('can be filed by a visitor without an account, and are recorded with their address', async () => {
    const { body } = await t.graphql(REPORT, {
      id: globalId('VisibilityPage', pageId),
      reason: 'Cette page renvoie vers un site de vente.',
    });
    expect(body.data.reportPage.__typename).toBe('ReportPageSuccess');
    expect(
      await t.db.prisma.auditLogEntry.count({
        where: { action: 'page.reported', targetId: pageId, ip: { not: '' }, actorId: null },
      }),
    ).toBe(1);
  });

  it('say what is wrong in at least 10 characters, and only about pages visitors can see', async () => {
    const short = await t.graphql(REPORT, { id: globalId('VisibilityPage', pageId), reason: '<b>x</b>' });
    expect(short.body.data.reportPage.fieldErrors).toEqual([{ path: ['reason'] }]);
    const draft = await t.graphql(REPORT, {
      id: globalId('VisibilityPage', draftId),
      reason: 'Un brouillon que je ne devrais pas voir.',
    });
    expect(draft.body.data.reportPage.__typename).toBe('NotFoundError');
    expect(await t.db.prisma.pageReport.count({ where: { pageId: draftId } })).toBe(0);
  });

  it('are limited per address', async () => {
    const reason = 'Contenu sans rapport avec le réseau.';
    for (let n = 1; n < REPORTS_PER_IP.max; n++) {
      expect(
        (await t.graphql(REPORT, { id: globalId('VisibilityPage', pageId), reason })).body.data.reportPage.__typename,
      ).toBe('ReportPageSuccess');
    }
    const refused = await t.graphql(REPORT, { id: globalId('VisibilityPage', pageId), reason });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await t.db.prisma.pageReport.count({ where: { pageId } })).toBe(REPORTS_PER_IP.max);
  });

  it('are listed for admins with the page, and for nobody else', async () => {
    const { body } = await t.graphql(REPORTS, {}, admin.as);
    expect(body.data.pageReports.totalCount).toBe(REPORTS_PER_IP.max);
    expect(body.data.pageReports.edges[0].node).toMatchObject({
      resolvedAt: null,
      page: { slug: 'marc-dupont', published: true },
    });
    expect((await t.graphql(REPORTS, {}, owner.as)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(REPORTS, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are resolved once by an admin', async () => {
    const first = (await t.graphql(REPORTS, {}, admin.as)).body.data.pageReports.edges[0].node.id;
    const RESOLVE = `mutation($id: ID!) { resolvePageReport(id: $id) { __typename ... on PageReportSuccess { report { resolvedAt } } } }`;
    expect(
      (await t.graphql(RESOLVE, { id: first }, admin.as)).body.data.resolvePageReport.report.resolvedAt,
    ).not.toBeNull();
    expect((await t.graphql(RESOLVE, { id: first }, admin.as)).body.data.resolvePageReport.__typename).toBe(
      'ConflictError',
    );
    expect((await t.graphql(REPORTS, { status: 'RESOLVED' }, admin.as)).body.data.pageReports.totalCount).toBe(1);
  });
});

describe('an admin takes a page offline', () => {
  const reason = 'La page fait la promotion de formations sans lien avec votre activité.';

  it('with a reason only the owner and admins see, a notification to the owner, an audit entry, and the open reports resolved', async () => {
    const { body } = await t.graphql(UNPUBLISH, { id: globalId('VisibilityPage', pageId), reason }, admin.as);
    expect(body.data.unpublishPage.page).toMatchObject({ published: false, unpublishedReason: reason });
    const notification = await t.db.prisma.notification.findFirstOrThrow({
      where: { memberId: owner.member.id, kind: 'page.unpublished' },
    });
    expect(notification.data).toMatchObject({ slug: 'marc-dupont', reason });
    expect(
      await t.db.prisma.auditLogEntry.count({
        where: { action: 'page.unpublished', targetId: pageId, actorId: admin.member.id },
      }),
    ).toBe(1);
    expect(await t.db.prisma.pageReport.count({ where: { pageId, resolvedAt: null } })).toBe(0);
    // The visitor no longer finds it; its owner sees why.
    expect((await t.graphql(`{ visibilityPage(slug: "marc-dupont") { slug } }`)).body.data.visibilityPage).toBeNull();
    expect(
      (await t.graphql(`{ viewer { page { published unpublishedReason } } }`, {}, owner.as)).body.data.viewer.page,
    ).toEqual({ published: false, unpublishedReason: reason });
  });

  it('twice is a conflict', async () => {
    expect(
      (await t.graphql(UNPUBLISH, { id: globalId('VisibilityPage', pageId), reason }, admin.as)).body.data.unpublishPage
        .__typename,
    ).toBe('ConflictError');
  });

  it('cannot be undone by the owner republishing the same content; it can after a revision', async () => {
    const refused = await t.graphql(PUBLISH, { id: globalId('VisibilityPage', pageId) }, owner.as);
    expect(refused.body.data.publishPage).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining(reason),
    });
    await t.graphql(
      `mutation($input: SavePageInput!) { saveMyPage(input: $input) { __typename } }`,
      {
        input: {
          title: 'Marc Dupont',
          sections: [{ text: { title: 'Mon activité', markdown: 'Menuiserie et agencement.' } }],
        },
      },
      owner.as,
    );
    const { body } = await t.graphql(PUBLISH, { id: globalId('VisibilityPage', pageId) }, owner.as);
    expect(body.data.publishPage.page).toEqual({ published: true, unpublishedReason: null });
  });

  it('needs a reason', async () => {
    const { body } = await t.graphql(
      `mutation($id: ID!) { unpublishPage(id: $id, reason: "  ") { __typename ... on ValidationError { fieldErrors { path } } } }`,
      { id: globalId('VisibilityPage', pageId) },
      admin.as,
    );
    expect(body.data.unpublishPage.fieldErrors).toEqual([{ path: ['reason'] }]);
  });
});
