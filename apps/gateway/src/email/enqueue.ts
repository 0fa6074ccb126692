// Puts the email that goes with a notification into the durable queue (the OutboxEmail table),
// inside the transaction of the change it announces: it exists exactly when the change commits.
// Nothing is queued for kinds that are not sent by email, for a member who chose in-app only for
// this kind, or for a member who is not active. queue.ts delivers it.
import type { Prisma } from '@ekoacteurs/db';
import { renderEventEmail } from './event-templates.ts';
import { isMailKind } from './kinds.ts';
import { emailSettingsOf, unsubscribeUrl } from './unsubscribe-token.ts';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface NotificationMail {
  memberId: string;
  kind: string;
  data: Prisma.InputJsonObject;
  attachments?: Attachment[];
  /** At most one email per key, ever (e.g. one reminder per registration). */
  dedupeKey?: string;
}

/** Queues the email; resolves with whether one was queued. */
export async function enqueueNotificationEmail(tx: Prisma.TransactionClient, mail: NotificationMail): Promise<boolean> {
  if (!isMailKind(mail.kind)) return false;
  const member = await tx.member.findUnique({
    where: { id: mail.memberId },
    select: { email: true, displayName: true, locale: true, status: true },
  });
  if (!member || member.status !== 'ACTIVE') return false;
  const settings = await emailSettingsOf(tx, mail.memberId);
  if (settings.emailOff.includes(mail.kind)) return false;
  const unsubscribe = unsubscribeUrl(mail.memberId, settings.unsubscribeKey, mail.kind);
  const email = renderEventEmail(
    mail.kind,
    mail.data as Record<string, unknown>,
    member.locale,
    member.displayName,
    unsubscribe,
  );
  const row = {
    to: member.email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    kind: mail.kind,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    attachments: (mail.attachments ?? []) as unknown as Prisma.InputJsonArray,
    nextAttemptAt: new Date(),
    dedupeKey: mail.dedupeKey ?? null,
  };
  if (!mail.dedupeKey) {
    await tx.outboxEmail.create({ data: row, select: { id: true } });
    return true;
  }
  // Once per key, even when two replicas try at the same time.
  const created = await tx.outboxEmail.createMany({ data: [row], skipDuplicates: true });
  return created.count === 1;
}
