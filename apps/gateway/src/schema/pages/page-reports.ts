// Moderation of visibility pages: visitors report (signaler) a public page, admins see what was
// reported, resolve reports, and take a page offline with a reason its owner sees.
import { auditActor } from '../caller.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { reserveFromIp } from '../../auth/attempts.ts';
import type { WindowLimit } from '../../security/limiter.ts';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { cleanText } from '../../markdown/index.ts';
import { notify, publish } from '../../notify.ts';
import { localize } from '../../i18n/localize.ts';
import { builder } from '../builder.ts';
import { plainText } from './page-sections.ts';
import { isPublicPage, loadPageAccess, VisibilityPageSuccess, VisibilityPageType } from './visibility-page.ts';
import { isUuid, parseInput } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { errorUnion } from '../errors.ts';

/** Reports from one address, counted in the audit log (shared by every replica). */
export const REPORTS_PER_IP: WindowLimit = { name: 'page-report:ip', max: 5, windowMs: 60 * 60_000 };

export const PageReportType = builder.prismaNode('PageReport', {
  description: 'A report (signalement) a visitor filed about a public page: what they found wrong. Admins only.',
  id: { field: 'id' },
  authScopes: { admin: true },
  select: { id: true },
  fields: (t) => ({
    reason: t.string({
      description: 'What the visitor reported, plain text.',
      select: { reason: true },
      resolve: (report) => cleanText(report.reason),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was filed.' }),
    resolvedAt: t.expose('resolvedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When an admin dealt with it; null while open.',
    }),
    page: t.relation('page', { description: 'The reported page (admins see it even when it is offline).' }),
  }),
});

const PageReportStatusEnum = builder.enumType('PageReportStatus', {
  description: 'Which reports to list.',
  values: {
    OPEN: { description: 'Not yet dealt with.' },
    RESOLVED: { description: 'Dealt with by an admin.' },
    ALL: { description: 'Both.' },
  } as const,
});

builder.queryField('pageReports', (t) =>
  t.prismaConnection(
    {
      type: PageReportType,
      cursor: 'id',
      description: 'Reports about pages, newest first (admins).',
      nullable: true,
      authScopes: { admin: true },
      args: {
        status: t.arg({
          type: PageReportStatusEnum,
          required: false,
          defaultValue: 'OPEN',
          description: 'Which reports (default OPEN).',
        }),
        pageId: t.arg.globalID({
          required: false,
          for: [VisibilityPageType],
          description: 'Only reports about this page.',
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.pageReport.count({ where: reportWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.pageReport.findMany({ ...query, where: reportWhere(args), orderBy: { id: 'desc' } }),
    },
    { name: 'QueryPageReportsConnection', description: 'A page of reports about visibility pages.' },
    { name: 'QueryPageReportsEdge', description: 'A report in a list.' },
  ),
);

function reportWhere(args: { status?: 'OPEN' | 'RESOLVED' | 'ALL' | null; pageId?: { id: string } | null }) {
  const status = args.status ?? 'OPEN';
  return {
    ...(status === 'OPEN' ? { resolvedAt: null } : status === 'RESOLVED' ? { resolvedAt: { not: null } } : {}),
    ...(args.pageId
      ? { pageId: isUuid(args.pageId.id) ? args.pageId.id : '00000000-0000-0000-0000-000000000000' }
      : {}),
  };
}

const ReportPageSuccess = builder.objectRef<{ message: string }>('ReportPageSuccess').implement({
  description: 'The report was filed; the federation’s admins review it.',
  fields: (t) => ({
    message: t.string({
      description:
        'What happens next, for a person: in French when the request prefers French (Accept-Language), else English.',
      resolve: (payload, _args, ctx) => localize(payload.message, ctx.lang),
    }),
  }),
});

const PageReportSuccess = builder.objectRef<{ reportId: string }>('PageReportSuccess').implement({
  description: 'The report after the change.',
  fields: (t) => ({
    report: t.prismaField({
      type: PageReportType,
      description: 'The report.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.pageReport.findUniqueOrThrow({ ...query, where: { id: payload.reportId } }),
    }),
  }),
});

const reportReason = plainText(10, 1000, 'reason');

/** The owner's people to tell: the member, or the collective's active coordinators. */
async function ownersOf(
  tx: Pick<Context['prisma'], 'collectiveMembership'>,
  page: { memberId: string | null; collectiveId: string | null },
) {
  if (page.memberId) return [page.memberId];
  if (!page.collectiveId) return [];
  const coordinators = await tx.collectiveMembership.findMany({
    where: { collectiveId: page.collectiveId, role: 'COORDINATOR', status: 'ACTIVE' },
    select: { memberId: true },
  });
  return coordinators.map((c) => c.memberId);
}

builder.mutationFields((t) => ({
  reportPage: t.field({
    type: ReportPageSuccess,
    description: 'Reports a public page to the federation’s admins (anyone, no account needed). Limited per address.',
    errors: errorUnion('The report was filed, or why not.', ValidationError, NotFoundError),
    args: {
      pageId: t.arg.globalID({ required: true, for: [VisibilityPageType], description: 'The page.' }),
      reason: t.arg.string({ required: true, description: 'What is wrong with it (10–1000 characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = parseInput(reportReason, args.reason, ['reason']);
      // Reserved before anything is written, so concurrent reports cannot slip past the limit together.
      const attempt = await reserveFromIp(ctx.limiter, REPORTS_PER_IP, ctx.caller.ip, 'reports');
      const page = isUuid(args.pageId.id) ? await loadPageAccess(ctx, { id: args.pageId.id }) : null;
      // Only what visitors can see can be reported; anything else does not exist for them (and does not count).
      if (!page || !isPublicPage(page)) {
        await attempt.release();
        throw new NotFoundError('No public page has this id.');
      }
      await ctx.prisma.$transaction(async (tx) => {
        const report = await tx.pageReport.create({ data: { pageId: page.id, reason }, select: { id: true } });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'page.reported',
          targetType: 'VisibilityPage',
          targetId: page.id,
          data: { reportId: report.id },
        });
      });
      return { message: 'Thank you: the federation’s admins will look at this page.' };
    },
  }),

  resolvePageReport: t.field({
    type: PageReportSuccess,
    description: 'Marks a report as dealt with (admins).',
    authScopes: { admin: true },
    errors: errorUnion('The resolved report, or why not.', NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [PageReportType], description: 'The report.' }) },
    resolve: async (_root, args, ctx) => {
      const id = isUuid(args.id.id) ? args.id.id : null;
      const { count } = id
        ? await ctx.prisma.$transaction(async (tx) => {
            const updated = await tx.pageReport.updateMany({
              where: { id, resolvedAt: null },
              data: { resolvedAt: new Date() },
            });
            if (updated.count === 1)
              await recordAudit(tx, {
                ...auditActor(ctx),
                action: 'page_report.resolved',
                targetType: 'PageReport',
                targetId: id,
              });
            return updated;
          })
        : { count: 0 };
      if (count === 1) return { reportId: id! };
      const exists = id ? await ctx.prisma.pageReport.count({ where: { id } }) : 0;
      if (!exists) throw new NotFoundError('No report has this id.');
      throw new ConflictError('This report was already resolved.');
    },
  }),

  unpublishPage: t.field({
    type: VisibilityPageSuccess,
    description:
      'Takes a page offline (admins). Its owner is notified and sees the reason; they can publish it again after revising it. Open reports about the page are resolved.',
    authScopes: { admin: true },
    errors: errorUnion('The page, now offline, or why not.', NotFoundError, ConflictError, ValidationError),
    args: {
      id: t.arg.globalID({ required: true, for: [VisibilityPageType], description: 'The page.' }),
      reason: t.arg.string({ required: true, description: 'Why, for the owner (3–1000 characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = parseInput(plainText(3, 1000, 'reason'), args.reason, ['reason']);
      const page = isUuid(args.id.id)
        ? await ctx.prisma.visibilityPage.findUnique({
            where: { id: args.id.id },
            select: { id: true, slug: true, title: true, memberId: true, collectiveId: true },
          })
        : null;
      if (!page) throw new NotFoundError('No page has this id.');
      const now = new Date();
      const events = await ctx.prisma.$transaction(async (tx) => {
        const { count } = await tx.visibilityPage.updateMany({
          where: { id: page.id, published: true },
          // updatedAt = unpublishedAt: publishing again needs a later change (see publishPage).
          data: {
            published: false,
            unpublishedReason: reason,
            unpublishedAt: now,
            updatedAt: now,
            unpublishedById: auditActor(ctx).actorId,
          },
        });
        if (count !== 1) throw new ConflictError('This page is not online.');
        await tx.pageReport.updateMany({ where: { pageId: page.id, resolvedAt: null }, data: { resolvedAt: now } });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'page.unpublished',
          targetType: 'VisibilityPage',
          targetId: page.id,
          data: { slug: page.slug, reason },
        });
        const data = {
          pageId: encodeGlobalID('VisibilityPage', page.id),
          slug: page.slug,
          title: cleanText(page.title),
          reason,
        };
        return Promise.all(
          (await ownersOf(tx, page)).map((memberId) => notify(tx, { memberId, kind: 'page.unpublished', data })),
        );
      });
      publish(ctx, events);
      return { pageId: page.id };
    },
  }),
}));
