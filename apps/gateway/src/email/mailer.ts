// Every email goes through the OutboxEmail table. Emails sent outside a transaction (sign-in link,
// application answers) go through send(): the row is written, then, with SMTP_URL set, the queue
// (queue.ts) delivers it at once in the background and retries it on failure. Emails that follow
// a change are queued inside its transaction (enqueue.ts). Without SMTP the table is the outbox
// admins read in the console (and tests read).
import type { PrismaClient } from '@ekoacteurs/db';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.ts';
import { createMailDispatcher, type MailDispatcher, type MailQueueOptions } from './queue.ts';
import { setMailPublicUrl } from './settings.ts';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What it is about, e.g. "sign-in-link", for filtering the outbox. */
  kind: string;
}

export interface Mailer {
  /** Records the email, then delivers it in the background when SMTP is configured. */
  send(email: Email): Promise<void>;
  /** Resolves when background deliveries have finished (shutdown, tests). */
  drain(): Promise<void>;
  /** The queue worker (the mail jobs poll it; tests run it). */
  dispatcher: MailDispatcher;
}

export function createMailer(deps: {
  prisma: PrismaClient;
  logger: Logger;
  smtpUrl?: string;
  from: string;
  publicUrl?: string;
  queue?: Partial<Pick<MailQueueOptions, 'backoffMs' | 'maxAttempts' | 'leaseMs' | 'batchSize'>>;
}): Mailer {
  if (deps.publicUrl) setMailPublicUrl(deps.publicUrl);
  const transport: Transporter | null = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : null;
  const dispatcher = createMailDispatcher({
    ...deps.queue,
    prisma: deps.prisma,
    logger: deps.logger,
    transport,
    from: deps.from,
  });
  const inFlight = new Set<Promise<unknown>>();

  return {
    dispatcher,
    async send(email) {
      await deps.prisma.outboxEmail.create({
        data: {
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html ?? '',
          kind: email.kind,
          nextAttemptAt: transport ? new Date() : null,
        },
        select: { id: true },
      });
      if (!transport) return;
      // Delivery happens after the response: a slow SMTP server never slows a request down,
      // and the answer does not reveal whether an address had anything sent to it.
      const job = dispatcher
        .runOnce()
        .catch((error: unknown) => deps.logger.error({ err: error }, 'mail queue: could not deliver'))
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    },
    async drain() {
      await Promise.all([...inFlight]);
    },
  };
}
