// Every email goes through here. It is always recorded in the OutboxEmail table; with SMTP_URL
// set it is also delivered (nodemailer) and the row records when, or why not. Without SMTP the
// table is the outbox admins read in the console (and tests read).
import type { PrismaClient } from '@ekoacteurs/db';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.ts';

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
}

export function createMailer(deps: { prisma: PrismaClient; logger: Logger; smtpUrl?: string; from: string }): Mailer {
  const transport: Transporter | null = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : null;
  const inFlight = new Set<Promise<void>>();

  async function deliver(id: string, email: Email) {
    try {
      await transport!.sendMail({ from: deps.from, to: email.to, subject: email.subject, text: email.text, html: email.html || undefined });
      await deps.prisma.outboxEmail.update({ where: { id }, data: { sentAt: new Date(), error: null } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.error({ err: error, emailId: id, kind: email.kind }, 'email delivery failed');
      await deps.prisma.outboxEmail.update({ where: { id }, data: { error: message.slice(0, 500) } }).catch(() => {});
    }
  }

  return {
    async send(email) {
      const row = await deps.prisma.outboxEmail.create({
        data: { to: email.to, subject: email.subject, text: email.text, html: email.html ?? '', kind: email.kind },
        select: { id: true },
      });
      if (!transport) return;
      // Delivery happens after the response: a slow SMTP server never slows a request down,
      // and the answer does not reveal whether an address had anything sent to it.
      const job = deliver(row.id, email).finally(() => inFlight.delete(job));
      inFlight.add(job);
    },
    async drain() {
      await Promise.all([...inFlight]);
    },
  };
}
