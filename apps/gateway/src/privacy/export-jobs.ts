// The export queue: a request is a DataExport row (PENDING) with the hash of its download link's
// secret. Every replica runs a worker that claims one job at a time with FOR UPDATE SKIP LOCKED and
// a lease, builds the archive, and stores it READY for EXPORT_LINK_TTL_MS. A replica that dies
// mid-build leaves its lease to run out; another claims the job again (up to MAX_ATTEMPTS).
import type { PrismaClient } from '@ekoacteurs/db';
import { newSecret } from '../auth/secrets.ts';
import type { Logger } from '../logger.ts';
import { buildArchive } from './export-builder.ts';

/** How long a ready archive can be downloaded (then retention deletes it). */
export const EXPORT_LINK_TTL_MS = 24 * 3_600_000;
/** A build not finished within this is taken over by another replica. */
export const EXPORT_LEASE_MS = 10 * 60_000;
export const EXPORT_MAX_ATTEMPTS = 3;
/** Exports one member may request per day (each is a full read of their history). */
export const EXPORTS_PER_DAY = 5;

/** Where the archive is downloaded; the secret is in the query and never stored. */
export function downloadUrl(publicUrl: string, exportId: string, secret: string): string {
  return `${publicUrl.replace(/\/$/, '')}/donnees/archives/${exportId}?cle=${encodeURIComponent(secret)}`;
}

/** Queues an export for the member; returns its id and the link's secret (shown once). */
export async function requestExport(prisma: Pick<PrismaClient, 'dataExport'>, memberId: string) {
  const { secret, hash } = newSecret('eko_export_');
  const row = await prisma.dataExport.create({ data: { memberId, secretHash: hash }, select: { id: true } });
  return { exportId: row.id, secret };
}

export interface ExportWorker {
  /** Claims and builds at most one due export; resolves with its id, or null when none was due. */
  runOnce(): Promise<string | null>;
}

export function createExportWorker(options: { prisma: PrismaClient; logger: Logger }): ExportWorker {
  const { prisma, logger } = options;

  async function claim() {
    const rows = await prisma.$queryRaw<{ id: string; memberId: string; attempts: number }[]>`
      UPDATE "DataExport" AS e
      SET "status" = 'RUNNING', "attempts" = e."attempts" + 1, "progress" = 0,
          "leaseUntil" = now() + (${EXPORT_LEASE_MS}::int * interval '1 millisecond')
      WHERE e."id" = (
        SELECT q."id" FROM "DataExport" AS q
        WHERE q."status" = 'PENDING' OR (q."status" = 'RUNNING' AND q."leaseUntil" < now())
        ORDER BY q."createdAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING e."id"::text AS id, e."memberId"::text AS "memberId", e."attempts"`;
    return rows[0] ?? null;
  }

  return {
    async runOnce() {
      const job = await claim();
      if (!job) return null;
      // Only the attempt holding the lease writes (a later claim after a lost lease wins).
      const mine = { id: job.id, status: 'RUNNING' as const, attempts: job.attempts };
      if (job.attempts > EXPORT_MAX_ATTEMPTS) {
        await prisma.dataExport.updateMany({
          where: mine,
          data: { status: 'FAILED', error: 'The archive could not be built after several attempts.', leaseUntil: null },
        });
        logger.error({ exportId: job.id }, 'data export failed for good');
        return job.id;
      }
      try {
        const built = await buildArchive(prisma, job.memberId, async (progress) => {
          await prisma.dataExport.updateMany({ where: mine, data: { progress } });
        });
        const now = new Date();
        await prisma.dataExport.updateMany({
          where: mine,
          data: {
            status: 'READY',
            progress: 100,
            archive: new Uint8Array(built.zip),
            sizeBytes: built.zip.byteLength,
            readyAt: now,
            expiresAt: new Date(now.getTime() + EXPORT_LINK_TTL_MS),
            leaseUntil: null,
          },
        });
        logger.info({ exportId: job.id, bytes: built.zip.byteLength }, 'data export ready');
      } catch (error) {
        // Left RUNNING: the lease runs out and the job is tried again (or FAILED after the last try).
        logger.error({ err: error, exportId: job.id, attempt: job.attempts }, 'data export: build failed');
        await prisma.dataExport
          .updateMany({ where: mine, data: { leaseUntil: new Date(Date.now() + 60_000) } })
          .catch(() => {});
      }
      return job.id;
    },
  };
}
