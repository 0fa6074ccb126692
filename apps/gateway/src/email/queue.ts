// Delivers the queued emails (OutboxEmail rows whose nextAttemptAt is due), on the durable outbox
// the webhooks and the fediverse share (durable-outbox.ts): every replica runs a worker; a batch is
// claimed with FOR UPDATE SKIP LOCKED and leased (nextAttemptAt pushed past the longest an SMTP
// exchange may take), so two workers never send one email at the same time and a worker that dies
// mid-send only delays it. A failure is retried with exponential backoff (1 min … 6 h); after
// maxAttempts the row keeps its last error and leaves the queue (it stays in the outbox, never lost).
// An email's states are its own columns: sentAt once sent, error the last failure, nextAttemptAt
// while it waits. Without SMTP_URL a claimed email is simply recorded: the outbox table is where
// admins read it.
import { Prisma, type PrismaClient } from '@ekoacteurs/db';
import type { Transporter } from 'nodemailer';
import {
  claimDue,
  exponentialBackoffMs,
  outboxSettings,
  settleAttempt,
  startOutboxPoller,
  type OutboxAttempt,
  type OutboxOptions,
  type OutboxPoller,
} from '../durable-outbox.ts';
import type { Attachment } from './enqueue.ts';

export interface MailQueueOptions extends Omit<OutboxOptions, 'timeoutMs'> {
  prisma: PrismaClient;
  /** SMTP transport; null records the emails in the outbox without sending them. */
  transport: Transporter | null;
  from: string;
}

/** 1 min, 2 min, 4 min, … up to 6 h, each ±20 %. */
export function mailBackoffMs(attempt: number): number {
  return exponentialBackoffMs(attempt, 60_000);
}

/** A claim holds an email longer than nodemailer's own timeouts (10 min socket). */
export const MAIL_QUEUE_DEFAULTS = { maxAttempts: 8, leaseMs: 11 * 60_000, backoffMs: mailBackoffMs } as const;

export interface MailDispatcher {
  /** Claims and delivers the due emails once; resolves with how many were attempted. */
  runOnce(): Promise<number>;
}

export function createMailDispatcher(options: MailQueueOptions): MailDispatcher {
  const { prisma, logger, transport } = options;
  const settings = outboxSettings(options, MAIL_QUEUE_DEFAULTS);
  const claim = () => claimDue(prisma, 'OutboxEmail', Prisma.sql`q."sentAt" IS NULL`, settings);

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
    const result = await send(transport, email);
    await settleAttempt(
      settings,
      logger,
      { result, attempts: email.attempts, log: { emailId: email.id, kind: email.kind } },
      { name: 'email', failedForGood: 'error', delivered: 'email sent' },
      (outcome) =>
        prisma.outboxEmail.updateMany({
          where: mine,
          data:
            outcome.kind === 'delivered'
              ? { sentAt: new Date(), error: null, nextAttemptAt: null }
              : { error: result.error, nextAttemptAt: outcome.kind === 'retry' ? outcome.retryAt : null },
        }),
    );
  }

  async function send(
    smtp: Transporter,
    email: { to: string; subject: string; text: string; html: string; headers: unknown; attachments: unknown },
  ): Promise<OutboxAttempt> {
    try {
      await smtp.sendMail({
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
      return { ok: true, statusCode: null, error: null };
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      return {
        ok: false,
        statusCode: typeof responseCode === 'number' ? responseCode : null,
        error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      };
    }
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

/** Polls the mail queue with `dispatcher` until stopped (again at once after a full batch). Its timer never keeps the process alive. */
export function startMailPoller(
  dispatcher: MailDispatcher,
  options: Pick<OutboxOptions, 'logger' | 'intervalMs' | 'batchSize'>,
): OutboxPoller {
  const { intervalMs, batchSize } = outboxSettings(options, MAIL_QUEUE_DEFAULTS);
  return startOutboxPoller(() => dispatcher.runOnce(), { intervalMs, batchSize, logger: options.logger, name: 'mail' });
}
