// "Download everything held about me": a member (any status, from a signed-in browser) asks for
// an archive, polls its progress, and downloads it through the link returned once at request time.
// The archive itself is built in the background (src/privacy/export-jobs.ts).
import { DataExportStatus } from '@ekoacteurs/db/enums';
import { recordAudit } from '../../audit.ts';
import { ConflictError } from '../../errors.ts';
import { downloadUrl, EXPORT_LINK_TTL_MS, EXPORTS_PER_DAY, requestExport } from '../../privacy/export-jobs.ts';
import { builder } from '../builder.ts';
import { callerId, memberActor } from '../caller.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { errorUnion } from '../errors.ts';

const DataExportStatusEnum = builder.enumType(DataExportStatus, {
  name: 'DataExportStatus',
  description:
    'Where an archive stands: PENDING (queued), RUNNING (being built), READY (downloadable until expiresAt), FAILED.',
});

export const DataExportType = builder.prismaObject('DataExport', {
  description:
    'An archive of everything held about a member (JSON and CSV in a zip), requested by them. Visible to that member only.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The export’s id (its download link names it).' }),
    status: t.expose('status', { type: DataExportStatusEnum, description: 'Queued, being built, ready or failed.' }),
    progress: t.exposeInt('progress', { description: 'How far the build is, 0 to 100.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was requested.' }),
    readyAt: t.expose('readyAt', { ...NULLABLE_DATE_TIME, description: 'When the archive was ready; null before.' }),
    expiresAt: t.expose('expiresAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When the link stops working and the archive is deleted; null until ready.',
    }),
    sizeBytes: t.exposeInt('sizeBytes', { nullable: true, description: 'Size of the zip in bytes; null until ready.' }),
    downloadedAt: t.expose('downloadedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'Last download through its link; null if never.',
    }),
  }),
});

const RequestDataExportSuccess = builder
  .objectRef<{ exportId: string; downloadUrl: string }>('RequestDataExportSuccess')
  .implement({
    description: 'The queued export and its download link. Keep the link: it is shown only once.',
    fields: (t) => ({
      downloadUrl: t.exposeString('downloadUrl', {
        description: `Where the archive is downloaded once READY, for ${EXPORT_LINK_TTL_MS / 3_600_000} h. Shown only once; anyone with it can download the archive.`,
      }),
      dataExport: t.prismaField({
        type: DataExportType,
        description: 'The export, to poll for its progress (myDataExports).',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.dataExport.findUniqueOrThrow({ ...query, where: { id: payload.exportId } }),
      }),
    }),
  });

builder.queryField('myDataExports', (t) =>
  t.prismaField({
    type: [DataExportType],
    description:
      'Your last archive requests, newest first (at most 5), with their progress. From a signed-in browser, whatever your status.',
    nullable: true,
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.dataExport.findMany({
        ...query,
        where: { memberId: callerId(ctx) },
        orderBy: { createdAt: 'desc' },
        take: 5,
      }),
  }),
);

builder.mutationField('requestDataExport', (t) =>
  t.field({
    type: RequestDataExportSuccess,
    description: `Queues an archive of everything held about you (profile, cooperation card, skills, sessions, tokens without secrets, registrations, collectives, commitments, journal, introductions, recommendations, ledger, notifications, page, audit entries). Built in the background; poll myDataExports. At most ${EXPORTS_PER_DAY} a day, one at a time.`,
    authScopes: { signedIn: true },
    errors: errorUnion('The queued export and its link, or why none was queued.', ConflictError),
    resolve: async (_root, _args, ctx) => {
      const memberId = callerId(ctx);
      const queued = await ctx.prisma.$transaction(async (tx) => {
        // The member's row lock serialises two requests from the same member.
        await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${memberId}::uuid FOR UPDATE`;
        const since = new Date(Date.now() - 86_400_000);
        const recent = await tx.dataExport.findMany({
          where: { memberId, createdAt: { gte: since } },
          select: { status: true },
        });
        if (recent.some((e) => e.status === 'PENDING' || e.status === 'RUNNING')) {
          throw new ConflictError('An archive is already being prepared: wait until it is ready.');
        }
        if (recent.length >= EXPORTS_PER_DAY)
          throw new ConflictError(
            `You asked for ${EXPORTS_PER_DAY} archives in the last 24 hours: try again tomorrow.`,
          );
        const created = await requestExport(tx, memberId);
        await recordAudit(tx, {
          ...memberActor(ctx),
          action: 'privacy.export_requested',
          targetType: 'Member',
          targetId: memberId,
          data: { exportId: created.exportId },
        });
        return created;
      });
      return {
        exportId: queued.exportId,
        downloadUrl: downloadUrl(ctx.config.PUBLIC_URL, queued.exportId, queued.secret),
      };
    },
  }),
);
