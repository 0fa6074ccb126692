// Delivers the queued emails (OutboxEmail rows whose nextAttemptAt is due). Every replica runs a
// worker; a batch is claimed with FOR UPDATE SKIP LOCKED and leased (nextAttemptAt pushed past the
// longest an SMTP exchange may take), so two workers never send one email at the same time and a
// worker that dies mid-send only delays it. A failure is retried with exponential backoff; after
// maxAttempts the row keeps its last error and leaves the queue (it stays in the outbox, never lost).
// Without SMTP_URL a claimed email is simply recorded: the outbox table is where admins read it.
import type { PrismaClient } from '@ekoacteurs/db';
import type { Transporter } from 'nodemailer';
import type { Logger } from '../logger.ts';
import type { Attachment } from './enqueue.ts';

export interface MailQueueOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** SMTP transport; null records the emails in the outbox without sending them. */
  transport: Transporter | null;
  from: string;
  /** Emails claimed (and sent in parallel) at a time. */
  batchSize?: number;
  /** Attempts before an email is given up (its row keeps the last error). */
  maxAttempts?: number;
  /** Wait before the next attempt, after `attempt` failed attempts (1, 2, …). */
  backoffMs?: (attempt: number) => number;
  /** How long a claim holds an email: longer than nodemailer's own timeouts (10 min socket). */
  leaseMs?: number;
}

export const MAIL_QUEUE_DEFAULTS = { intervalMs: 2_000, batchSize: 10, maxAttempts: 8, leaseMs: 11 * 60_000 } as const;

/** 1 min, 2 min, 4 min, … up to 6 h, each ±20 %. */
export function mailBackoffMs(attempt: number): number {
  return Math.min(6 * 3_600_000, 60_000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
}

export interface MailDispatcher {
  /** Claims and delivers the due emails once; resolves with how many were attempted. */
  runOnce(): Promise<number>;
}

export function createMailDispatcher(options: MailQueueOptions): MailDispatcher {
  const { prisma, logger, transport } = options;
  const batchSize = options.batchSize ?? MAIL_QUEUE_DEFAULTS.batchSize;
  const maxAttempts = options.maxAttempts ?? MAIL_QUEUE_DEFAULTS.maxAttempts;
  const leaseMs = options.leaseMs ?? MAIL_QUEUE_DEFAULTS.leaseMs;
  const backoffMs = options.backoffMs ?? mailBackoffMs;

  async function claim(): Promise<string[]> {
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      UPDATE "OutboxEmail" AS e
      SET "attempts" = e."attempts" + 1, "nextAttemptAt" = now() + (${leaseMs}::int * interval '1 millisecond')
      WHERE e."id" IN (
        SELECT q."id" FROM "OutboxEmail" AS q
        WHERE q."nextAttemptAt" <= now() AND q."sentAt" IS NULL
        ORDER BY q."nextAttemptAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING e."id"::text AS id`;
    return rows.map((row) => row.id);
  }

  async function deliver(email: {
    id: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    kind: string;
    headers: unknown;
    attachments: unknown;
    attempts: number;
  }) {
    // Only the attempt that holds the claim writes its outcome.
    const mine = { id: email.id, attempts: email.attempts, sentAt: null };
    if (!transport) {
      await prisma.outboxEmail.updateMany({ where: mine, data: { nextAttemptAt: null } });
      return;
    }
    const log = { emailId: email.id, kind: email.kind, attempt: email.attempts };
    try {
      await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html || undefined,
        headers: (email.headers ?? {}) as Record<string, string>,
        attachments: ((email.attachments ?? []) as Attachment[]).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = email.attempts >= maxAttempts;
      await prisma.outboxEmail.updateMany({
        where: mine,
        data: { error: message, nextAttemptAt: last ? null : new Date(Date.now() + backoffMs(email.attempts)) },
      });
      if (last) logger.error({ ...log, err: error }, 'email delivery failed for good');
      else logger.warn({ ...log, err: error }, 'email delivery failed, will retry');
      return;
    }
    await prisma.outboxEmail.updateMany({
      where: mine,
      data: { sentAt: new Date(), error: null, nextAttemptAt: null },
    });
    logger.info(log, 'email sent');
  }

  return {
    async runOnce() {
      const ids = await claim();
      if (ids.length === 0) return 0;
      const emails = await prisma.outboxEmail.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          to: true,
          subject: true,
          text: true,
          html: true,
          kind: true,
          headers: true,
          attachments: true,
          attempts: true,
        },
      });
      await Promise.all(emails.map(deliver));
      return emails.length;
    },
  };
}
