// How long each kind of record is kept, and the purge that enforces it. docs/deploy.md has the
// same table with each reason. The purge deletes in batches whose rows are claimed with
// FOR UPDATE SKIP LOCKED, so several replicas purging at once never wait on nor double-count
// each other's rows, and no statement holds many locks for long.
import { Prisma, type PrismaClient } from '@ekoacteurs/db';

const DAY_MS = 86_400_000;

export interface RetentionRule {
  /** Stable name (logs, the purge's result). */
  name: string;
  table: string;
  /** Kept this long after the moment `due` names. */
  days: number;
  /** The rows past their period, given the cutoff (now − days) and now. */
  due(cutoff: Date, now: Date): Prisma.Sql;
}

export const RETENTION_RULES: RetentionRule[] = [
  { name: 'sign-in-tokens', table: 'SignInToken', days: 7, due: (cutoff) => Prisma.sql`"expiresAt" < ${cutoff}` },
  {
    name: 'sessions',
    table: 'Session',
    days: 30,
    due: (cutoff) => Prisma.sql`("expiresAt" < ${cutoff} OR "revokedAt" < ${cutoff})`,
  },
  { name: 'notifications', table: 'Notification', days: 365, due: (cutoff) => Prisma.sql`"createdAt" < ${cutoff}` },
  {
    name: 'webhook-deliveries',
    table: 'WebhookDelivery',
    days: 30,
    due: (cutoff) => Prisma.sql`"status" IN ('DELIVERED', 'FAILED') AND "createdAt" < ${cutoff}`,
  },
  {
    name: 'fediverse-deliveries',
    table: 'FediverseDelivery',
    days: 30,
    due: (cutoff) => Prisma.sql`"status" IN ('DELIVERED', 'FAILED') AND "createdAt" < ${cutoff}`,
  },
  { name: 'page-reports', table: 'PageReport', days: 365, due: (cutoff) => Prisma.sql`"resolvedAt" < ${cutoff}` },
  {
    name: 'contact-messages',
    table: 'ContactMessage',
    days: 365,
    due: (cutoff) => Prisma.sql`"createdAt" < ${cutoff}`,
  },
  { name: 'outbox-emails', table: 'OutboxEmail', days: 90, due: (cutoff) => Prisma.sql`"createdAt" < ${cutoff}` },
  {
    name: 'audit-entries',
    table: 'AuditLogEntry',
    days: 365,
    due: (cutoff) => Prisma.sql`"createdAt" < ${cutoff} AND "action" NOT LIKE 'privacy.%'`,
  },
  {
    name: 'audit-privacy-entries',
    table: 'AuditLogEntry',
    days: 3 * 365,
    due: (cutoff) => Prisma.sql`"createdAt" < ${cutoff} AND "action" LIKE 'privacy.%'`,
  },
  {
    name: 'data-exports',
    table: 'DataExport',
    days: 7,
    // A ready archive goes as soon as its link expires; a failed or abandoned job after a week.
    due: (cutoff, now) => Prisma.sql`("expiresAt" < ${now} OR ("status" <> 'READY' AND "createdAt" < ${cutoff}))`,
  },
];

export const RETENTION_BATCH = 500;

/** Deletes every row past its period, batch by batch; returns how many went, per rule. */
export async function purgeExpired(
  prisma: Pick<PrismaClient, '$executeRaw'>,
  options: { now?: Date; batchSize?: number } = {},
): Promise<Record<string, number>> {
  const now = options.now ?? new Date();
  const batch = options.batchSize ?? RETENTION_BATCH;
  const purged: Record<string, number> = {};
  for (const rule of RETENTION_RULES) {
    const cutoff = new Date(now.getTime() - rule.days * DAY_MS);
    const table = Prisma.raw(`"${rule.table}"`);
    let total = 0;
    for (;;) {
      const deleted = await prisma.$executeRaw`
        DELETE FROM ${table} WHERE "id" IN (
          SELECT "id" FROM ${table} WHERE ${rule.due(cutoff, now)} LIMIT ${batch} FOR UPDATE SKIP LOCKED
        )`;
      total += deleted;
      if (deleted < batch) break;
    }
    purged[rule.name] = total;
  }
  return purged;
}
